package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Drives items of one list through the lifecycle API, asserting each step's status. */
public final class ItemSteps {

    private final String path;
    private final ApiClient editor;
    private final ApiClient reviewer;

    /** {@code path} is the list's segment, e.g. {@code catalogue-items} */
    public ItemSteps(String path, ApiClient editor, ApiClient reviewer) {
        this.path = path;
        this.editor = editor;
        this.reviewer = reviewer;
    }

    public JsonNode create(Map<String, Object> body) {
        var r = editor.post("/api/v1/" + path, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public JsonNode act(ApiClient who, JsonNode item, String action, Map<String, Object> extra, int expected) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", item.get("version").asInt());
        var r = who.post("/api/v1/" + path + "/" + item.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(expected);
        return r.json();
    }

    public JsonNode publish(JsonNode item) {
        JsonNode submitted = act(editor, item, "submit", Map.of(), 200);
        return act(reviewer, submitted, "approve", Map.of("confidentialityChecked", true), 200);
    }

    public JsonNode createAndPublish(Map<String, Object> body) {
        return publish(create(body));
    }

    public JsonNode archive(JsonNode item) {
        return act(editor, item, "archive", Map.of("changeReason", "职责调整"), 200);
    }
}
