package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.Clocks;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ManualClock;
import cn.gongkai.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * What the register's full-stack tests share: a county with a department, its editor and reviewer, a supervisor of
 * the county, and "today" moved by hand (the statutory clock's {@link Clock} replaced for the test, put back after).
 */
final class RequestFixture {

    final TestData data;
    final int port;
    final long county;
    final long dept;
    final long sibling;
    final ApiClient editor;
    final ApiClient reviewer;
    final ApiClient siblingEditor;
    final ApiClient supervisor;
    private final StatutoryClock statutoryClock;
    private final Clock original;

    RequestFixture(int port, JdbcTemplate jdbc, PasswordEncoder encoder, StatutoryClock statutoryClock) {
        this.port = port;
        this.data = new TestData(jdbc, encoder);
        this.statutoryClock = statutoryClock;
        this.original = (Clock) ReflectionTestUtils.getField(statutoryClock, "clock");
        county = data.org("gov", "测试县人民政府", null);
        dept = data.org("zj", "测试县住房和城乡建设局", county);
        sibling = data.org("jt", "测试县交通运输局", county);
        editor = login("ed", dept, "EDITOR");
        reviewer = login("rv", dept, "REVIEWER");
        siblingEditor = login("sed", sibling, "EDITOR");
        supervisor = new ApiClient(port).login(data.user("sv", county, List.of("SUPERVISOR"), false, "SUBTREE",
                List.of()), TestData.PASSWORD);
    }

    ApiClient login(String suffix, long org, String role) {
        return new ApiClient(port).login(data.user(suffix, org, List.of(role), false), TestData.PASSWORD);
    }

    /** "today" is {@code day} (10:00 in Beijing) for the statutory clock */
    void today(LocalDate day) {
        ReflectionTestUtils.setField(statutoryClock, "clock",
                new ManualClock(day.atTime(10, 0).atZone(Clocks.ZONE).toInstant()));
    }

    void restoreClock() {
        ReflectionTestUtils.setField(statutoryClock, "clock", original);
    }

    static Map<String, Object> form(long orgId) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", orgId);
        m.put("applicantType", "NATURAL_PERSON");
        m.put("name", "张三");
        m.put("idType", "RESIDENT_ID");
        m.put("idNumber", "110105199001011234");
        m.put("phone", "13812345678");
        m.put("email", "zhangsan@example.cn");
        m.put("address", "北京市朝阳区某某街道1号");
        m.put("description", "2024年本县老旧小区改造项目的资金安排文件");
        m.put("docNumber", "测住建〔2024〕12号");
        m.put("form", "ELECTRONIC");
        m.put("delivery", "EMAIL");
        return m;
    }

    /** registers a letter received on {@code receivedOn} (today is set to that day first) */
    JsonNode register(LocalDate receivedOn) {
        today(receivedOn);
        Map<String, Object> body = form(dept);
        body.put("channel", "POST");
        body.put("receivedOn", receivedOn.toString());
        var r = editor.post("/api/v1/applications", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode step(ApiClient who, JsonNode app, String action, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", app.get("version").asInt());
        var r = who.post("/api/v1/applications/" + app.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(expected);
        return r.json();
    }

    JsonNode get(JsonNode app) {
        var r = editor.get("/api/v1/applications/" + app.get("id").asLong());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static String due(JsonNode app) {
        return app.get("clock").get("dueDate").asString();
    }
}
