package cn.gongkai.item;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Item writes for other features: the demo data loader runs items through the same lifecycle as the console;
 * lists record their own actions (e.g. a negative item's periodic review); imports and data generators create many
 * drafts at once ({@link #checkDraft}, {@link #createDrafts}); exports read a whole filtered list.
 */
@Component
@Transactional
public class ItemApi {

    /** rows per page when an export walks a list */
    private static final int EXPORT_PAGE = 1000;

    private final ItemService service;
    private final ItemDrafts drafts;
    private final ItemReader reader;

    ItemApi(ItemService service, ItemDrafts drafts, ItemReader reader) {
        this.service = service;
        this.drafts = drafts;
        this.reader = reader;
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

    /**
     * Checks a new item of {@code orgId} as {@code POST /{kind}} would (envelope, content, the list's own checks
     * such as codes and links), collecting every error instead of stopping at the first. Body as for the API
     * ({@code orgId} in it is ignored). Duplicate codes and the caller's write scope are checked by
     * {@link #createDrafts}.
     */
    @Transactional(readOnly = true)
    public DraftCheck checkDraft(ItemKind kind, long orgId, JsonNode body, CurrentUser user) {
        return drafts.check(kind, orgId, body, user);
    }

    /**
     * Creates checked drafts in the caller's transaction (one is opened if there is none): the same rows as one
     * {@code POST /{kind}} per draft, written in multi-row statements. Refuses with 403 outside the caller's write
     * scope and 409 when a code repeats within the batch or exists already; then nothing is written. Reports the
     * number of drafts written so far to {@code progress} after each statement batch. Returns the new ids in order.
     */
    public List<Long> createDrafts(ItemKind kind, long orgId, List<DraftCheck> checked, CurrentUser user,
            IntConsumer progress) {
        return drafts.create(kind, orgId, checked, user, progress);
    }

    /** {@link #checkDraft} and {@link #createDrafts} in one: a 400 names every error as {@code [index].field} */
    public List<Long> createDrafts(ItemKind kind, long orgId, List<? extends JsonNode> bodies, CurrentUser user) {
        List<DraftCheck> checked = drafts.checkAll(kind, orgId, bodies, user);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            for (FieldError e : checked.get(i).errors()) {
                errors.add(new FieldError("[" + i + "]." + e.field(), e.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("有 " + errors.size() + " 处错误，未新建任何事项").withErrors(errors);
        }
        return drafts.create(kind, orgId, checked, user, n -> { });
    }

    /**
     * Every item of a list that {@code GET /{kind}} would return for these filters (all pages), newest change first,
     * handed to {@code sink} page by page.
     */
    @Transactional(readOnly = true)
    public long forEachItem(ItemKind kind, ListFilter filter, CurrentUser user, Consumer<ItemView> sink) {
        var query = new ItemReader.ListQuery(filter.orgId(), filter.status(), filter.publicState(), filter.q(), filter.category(),
                filter.domainCode(), filter.part(), false);
        long seen = 0;
        for (int page = 1; ; page++) {
            PageResult<ItemView> result = reader.list(kind, query, user, new PageQuery(page, EXPORT_PAGE));
            result.items().forEach(sink);
            seen += result.items().size();
            if (result.items().size() < EXPORT_PAGE || seen >= result.total()) {
                return seen;
            }
        }
    }

    /** the filters of {@code GET /{kind}} (any may be null) */
    public record ListFilter(Long orgId, ItemStatus status, PublicState publicState, String q, String category,
            String domainCode, String part) {

        public ListFilter(Long orgId, ItemStatus status, String q, String category, String domainCode, String part) {
            this(orgId, status, null, q, category, domainCode, part);
        }
    }
}
