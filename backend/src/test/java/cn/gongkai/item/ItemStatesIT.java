package cn.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * What the public sees apart from the working copy: a published item with a revision in work stays 已发布
 * ({@code publicState}) while its working copy is a draft ({@code workingState}); the lists filter on both and the
 * history never claims the item went offline. A returned item is resubmitted only after a change.
 */
@FullStackTest
class ItemStatesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long dept;
    ApiClient editor;
    ApiClient reviewer;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        long county = data.org("gov", "状态测试县人民政府", null);
        dept = data.org("rsj", "状态测试县人社局", county);
        editor = new ApiClient(port).login(data.user("ed", dept, List.of("EDITOR"), false), TestData.PASSWORD);
        reviewer = new ApiClient(port).login(data.user("rv", dept, List.of("REVIEWER"), false), TestData.PASSWORD);
    }

    JsonNode create(String code) {
        var r = editor.post("/api/v1/power-items", ItemLifecycleIT.power(dept, data.prefix + code, "事项" + code));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode act(ApiClient who, JsonNode item, String action, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("version", item.get("version").asInt());
        var r = who.post("/api/v1/power-items/" + item.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(expected);
        return r.json();
    }

    JsonNode publish(JsonNode item) {
        JsonNode submitted = act(editor, item, "submit", Map.of(), 200);
        return act(reviewer, submitted, "approve", Map.of("confidentialityChecked", true), 200);
    }

    JsonNode edit(JsonNode item, String name) {
        Map<String, Object> body = ItemLifecycleIT.power(dept, item.get("code").asString(), name);
        body.put("version", item.get("version").asInt());
        body.put("changeReason", "调整名称");
        var r = editor.put("/api/v1/power-items/" + item.get("id").asLong(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    List<String> codes(String query) {
        return editor.get("/api/v1/power-items?orgId=" + dept + "&size=100" + query).json().get("items")
                .findValuesAsString("code");
    }

    @Test
    void aRevisionInWorkKeepsThePublicStateAndTheListsFilterOnBoth() {
        JsonNode never = create("a");
        JsonNode live = publish(create("b"));
        JsonNode revising = edit(publish(create("c")), "事项c（修订）");
        JsonNode pendingRevision = act(editor, edit(publish(create("d")), "事项d（修订）"), "submit", Map.of(), 200);

        assertThat(never.get("publicState").asString()).isEqualTo("UNPUBLISHED");
        assertThat(never.get("workingState").asString()).isEqualTo("DRAFT");
        assertThat(live.get("publicState").asString()).isEqualTo("PUBLISHED");
        assertThat(live.get("workingState").isNull()).isTrue();
        assertThat(revising.get("status").asString()).isEqualTo("DRAFT");
        assertThat(revising.get("publicState").asString()).isEqualTo("PUBLISHED");
        assertThat(revising.get("workingState").asString()).isEqualTo("DRAFT");
        assertThat(pendingRevision.get("publicState").asString()).isEqualTo("PUBLISHED");
        assertThat(pendingRevision.get("workingState").asString()).isEqualTo("PENDING_REVIEW");

        String p = data.prefix;
        assertThat(codes("&publicState=PUBLISHED")).containsExactlyInAnyOrder(p + "b", p + "c", p + "d");
        assertThat(codes("&publicState=UNPUBLISHED")).containsExactly(p + "a");
        assertThat(codes("&publicState=PUBLISHED&status=DRAFT")).containsExactly(p + "c");
        assertThat(codes("&status=PUBLISHED")).containsExactly(p + "b");
        assertThat(editor.get("/api/v1/power-items?publicState=LIVE").status()).isEqualTo(400);

        var history = editor.get("/api/v1/power-items/" + revising.get("id").asLong() + "/history").json();
        JsonNode update = history.get(history.size() - 1);
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("fromPublicState").asString()).isEqualTo("PUBLISHED");
        assertThat(update.get("toPublicState").asString()).isEqualTo("PUBLISHED");
        assertThat(history.get(0).get("fromPublicState").isNull()).isTrue();
        assertThat(history.get(0).get("toPublicState").asString()).isEqualTo("UNPUBLISHED");
    }

    @Test
    void aReturnedItemIsResubmittedOnlyAfterAChange() {
        JsonNode pending = act(editor, create("r"), "submit", Map.of(), 200);
        JsonNode returned = act(reviewer, pending, "reject", Map.of("comment", "依据条款不准确"), 200);
        var again = editor.post("/api/v1/power-items/" + returned.get("id").asLong() + "/submit",
                Map.of("version", returned.get("version").asInt()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("退回").contains("修改");

        JsonNode changed = edit(returned, "事项r（已改）");
        assertThat(act(editor, changed, "submit", Map.of(), 200).get("status").asString()).isEqualTo("PENDING_REVIEW");
    }
}
