package cn.gongkai.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemView;
import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs demo items through the real lifecycle as the demo users would in the console, and remembers the id of
 * every item made by its code, for the lists that link to them.
 */
@Component
class DemoLifecycle {

    private final ItemApi items;
    private final JsonMapper json;
    private final Map<String, Long> made = new LinkedHashMap<>();

    DemoLifecycle(ItemApi items, JsonMapper json) {
        this.items = items;
        this.json = json;
    }

    ItemView create(ItemKind kind, Map<String, Object> body, CurrentUser editor) {
        ItemView draft = items.create(kind, json.valueToTree(body), editor);
        made.put(kind + ":" + draft.code(), draft.id());
        return draft;
    }

    ItemView submit(ItemKind kind, Map<String, Object> body, CurrentUser editor) {
        ItemView draft = create(kind, body, editor);
        return items.submit(kind, draft.id(), draft.version(), editor);
    }

    ItemView publish(ItemKind kind, Map<String, Object> body, CurrentUser editor, CurrentUser reviewer) {
        ItemView pending = submit(kind, body, editor);
        return items.approve(kind, pending.id(), pending.version(), "经保密审查，同意公开", reviewer);
    }

    /** the id of a demo item made earlier */
    long id(ItemKind kind, String code) {
        Long id = made.get(kind + ":" + code);
        if (id == null) {
            throw new IllegalStateException("demo item " + kind + " " + code + " was not made");
        }
        return id;
    }
}
