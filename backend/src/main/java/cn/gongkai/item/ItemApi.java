package cn.gongkai.item;

import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Item writes for other features: the demo data loader runs items through the same lifecycle as the console;
 * lists record their own actions (e.g. a negative item's periodic review).
 */
@Component
@Transactional
public class ItemApi {

    private final ItemService service;

    ItemApi(ItemService service) {
        this.service = service;
    }

    public ItemView create(ItemKind kind, JsonNode body, CurrentUser user) {
        return service.create(kind, body, user);
    }

    public ItemView update(ItemKind kind, long id, JsonNode body, CurrentUser user) {
        return service.update(kind, id, body, user);
    }

    public ItemView submit(ItemKind kind, long id, int version, CurrentUser user) {
        return service.submit(kind, id, new TransitionRequest(version, null, null, null), user);
    }

    public ItemView approve(ItemKind kind, long id, int version, String comment, CurrentUser user) {
        return service.approve(kind, id, new TransitionRequest(version, true, comment, null), user);
    }

    /** a periodic review of a published item (history only); scope and status checked as for archiving */
    public ItemView recordReview(ItemKind kind, long id, String comment, CurrentUser user) {
        return service.recordReview(kind, id, comment, user);
    }

    public ItemView reject(ItemKind kind, long id, int version, String comment, CurrentUser user) {
        return service.reject(kind, id, new TransitionRequest(version, null, comment, null), user);
    }
}
