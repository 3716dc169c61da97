package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
 * Text that is not text: a lone surrogate (the database would keep a '?'), and in names and codes control
 * characters and bidi overrides (invisible, or turning "exe.txt" into "txt.exe" on screen). Each is a 400 naming the
 * field; multi-line fields keep their line breaks and tabs.
 */
@FullStackTest
class TextInputIT {

    /** C0, DEL, C1, bidi embeddings/overrides/isolates and the Unicode line separators */
    static final List<String> NOT_IN_NAMES = List.of("\u0000", "\u0001", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085",
            "\u009b", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long org;
    ApiClient sys;
    ApiClient editor;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "文本测试县", null);
        sys = new ApiClient(port).login(data.user("sys", null, List.of("SYS_ADMIN"), false), TestData.PASSWORD);
        editor = new ApiClient(port).login(data.user("ed", org, List.of("EDITOR"), false), TestData.PASSWORD);
    }

    static void assertRefusedNaming(ApiClient.Response r, String field, String what) {
        assertThat(r.status()).as(what + " → " + r).isEqualTo(400);
        assertThat(r.isProblem()).as(what).isTrue();
        assertThat(r.json().get("errors").findValuesAsString("field")).as(what + " → " + r).contains(field);
        // the field's own message says why (the detail leads with whichever error comes first, e.g. a trailing line
        // break is also "首尾不能有空格")
        assertThat(String.join("；", r.json().get("errors").findValuesAsString("message"))).as(what + " → " + r)
                .containsAnyOf(field, "不能包含", "Unicode");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        String body = "{\"code\":\"" + data.prefix + "sur\",\"name\":\"\\ud800县\",\"type\":\"DEPARTMENT\",\"level\":4,"
                + "\"parentId\":" + org + "}";
        assertRefusedNaming(sys.post("/api/v1/orgs", body), "name", "lone high surrogate");
        String low = body.replace("\\ud800县", "县\\udc00");
        assertRefusedNaming(sys.post("/api/v1/orgs", low), "name", "lone low surrogate");
        String item = "{\"orgId\":" + org + ",\"code\":\"" + data.prefix + "p\",\"name\":\"事项\",\"category\":\"LICENSING\","
                + "\"responsibilities\":[\"好\",\"\\udfff\"]}";
        assertRefusedNaming(editor.post("/api/v1/power-items", item), "responsibilities[1]", "in a list");
        String pair = body.replace("\\ud800县", "\\ud842\\udfb7县");
        assertThat(sys.post("/api/v1/orgs", pair).status()).as("a real pair (𠮷) is fine").isEqualTo(201);
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedInOrgNamesAndCodes() {
        for (String c : NOT_IN_NAMES) {
            String what = String.format("U+%04X", (int) c.charAt(0));
            assertRefusedNaming(sys.post("/api/v1/orgs", TestData.orgBody(data.prefix + "o", "机构" + c + "名", org,
                    "DEPARTMENT", 4)), "name", what);
            Map<String, Object> shortName = new HashMap<>(TestData.orgBody(data.prefix + "o", "机构", org, "DEPARTMENT", 4));
            shortName.put("shortName", "简" + c);
            assertRefusedNaming(sys.post("/api/v1/orgs", shortName), "shortName", what);
        }
        assertRefusedNaming(sys.post("/api/v1/orgs", TestData.orgBody(data.prefix + "o\u0000", "机构", org,
                "DEPARTMENT", 4)), "code", "NUL in the code");
    }

    @Test
    void controlCharactersAreRefusedInUserNamesAndCodeTableNames() {
        for (String c : List.of("\u0000", "\n", "\u202e", "\u0085")) {
            Map<String, Object> user = new HashMap<>();
            user.put("username", data.prefix + "u");
            user.put("displayName", "张" + c + "三");
            user.put("orgId", org);
            user.put("initialPassword", "Initial#2026");
            assertRefusedNaming(sys.post("/api/v1/users", user), "displayName", "user");
            long id = data.userId(data.user("u" + (int) c.charAt(0), org, List.of("EDITOR"), false));
            assertRefusedNaming(sys.put("/api/v1/users/" + id, Map.of("displayName", "李" + c, "orgId", org)),
                    "displayName", "user update");
            assertRefusedNaming(sys.post("/api/v1/code-tables/levels", Map.of("code", data.prefix.toUpperCase() + "LV",
                    "name", "村级" + c)), "name", "code table");
        }
    }

    @Test
    void controlCharactersAreRefusedInItemNamesAndCodesButDescriptionsKeepLineBreaksAndTabs() {
        for (String c : List.of("\u0000", "\n", "\t", "\u202e", "\u2067", "\u009f")) {
            assertRefusedNaming(editor.post("/api/v1/power-items", power("n", "许可" + c + "事项", "说明")), "name",
                    "item name");
            assertRefusedNaming(editor.post("/api/v1/power-items", power("c" + c + "x", "许可事项", "说明")), "code",
                    "item code");
        }
        var ok = editor.post("/api/v1/power-items", power("ml", "多行说明事项", "第一行\n\t第二行\r\n第三行"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        JsonNode item = editor.get("/api/v1/power-items/" + ok.json().get("id").asLong()).json();
        assertThat(item.get("responsibilities").get(0).asString()).isEqualTo("第一行\n\t第二行\r\n第三行");
    }

    Map<String, Object> power(String code, String name, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("code", data.prefix + code);
        body.put("name", name);
        body.put("category", "LICENSING");
        body.put("responsibilities", List.of(text));
        return body;
    }
}
