package cn.gongkai.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console's reads of the four lists, always within the caller's read scope: an item outside it is a 404, so
 * its existence does not leak. Also history, published revisions and field-level diffs.
 */
@Component
@Transactional(readOnly = true)
class ItemReader {

    /** {@code to=draft} in a diff: the working copy */
    static final String DRAFT = "draft";

    private final ItemMapper mapper;
    private final ItemKinds kinds;
    private final DataScopes scopes;
    private final OrgApi orgs;

    ItemReader(ItemMapper mapper, ItemKinds kinds, DataScopes scopes, OrgApi orgs) {
        this.mapper = mapper;
        this.kinds = kinds;
        this.scopes = scopes;
        this.orgs = orgs;
    }

    ItemRow load(ItemKind kind, long id, CurrentUser user) {
        return mapper.find(kind, id).filter(r -> scopes.readable(user).covers(r.orgId()))
                .orElseThrow(() -> ApiException.notFound("事项不存在或不在您的数据范围内"));
    }

    ItemView get(ItemKind kind, long id, CurrentUser user) {
        return view(load(kind, id, user));
    }

    PageResult<ItemView> list(ItemKind kind, ListQuery query, CurrentUser user, PageQuery page) {
        DataScope scope = query.reviewable() ? scopes.reviewable(user) : scopes.readable(user);
        Collection<Long> orgIds = scope.orgIds();
        if (query.orgId() != null) {
            orgIds = scope.covers(query.orgId()) ? List.of(query.orgId()) : List.of();
        }
        if (orgIds.isEmpty()) {
            return page.result(List.of(), 0);
        }
        ItemStatus status = query.reviewable() ? ItemStatus.PENDING_REVIEW : query.status();
        if (query.reviewable() && query.status() != null && query.status() != ItemStatus.PENDING_REVIEW) {
            return page.result(List.of(), 0);
        }
        ItemFilter filter = new ItemFilter(kind, orgIds, status, query.publicState(), query.q(), query.category(),
                query.domainCode(), query.part(), query.reviewable() ? user.username() : null);
        long total = mapper.count(filter);
        List<ItemRow> rows = total == 0 ? List.of() : mapper.list(filter, page.offset(), page.size());
        return page.result(views(rows), total);
    }

    List<HistoryEntry> history(ItemKind kind, long id, CurrentUser user) {
        load(kind, id, user);
        return HistoryEntry.of(mapper.transitions(id));
    }

    List<RevisionSummary> revisions(ItemKind kind, long id, CurrentUser user) {
        load(kind, id, user);
        return summaries(id, false);
    }

    ItemView revision(ItemKind kind, long id, int revision, CurrentUser user) {
        ItemRow row = load(kind, id, user);
        RevisionRow r = mapper.revision(id, revision)
                .orElseThrow(() -> ApiException.notFound("该事项没有第 " + revision + " 版"));
        return revisionView(row.kind(), row.orgId(), orgName(row.orgId()), r);
    }

    List<FieldChange> diff(ItemKind kind, long id, String from, String to, CurrentUser user) {
        ItemRow row = load(kind, id, user);
        return diff(comparable(row, from, "from"), comparable(row, to, "to"));
    }

    Dashboard dashboard(CurrentUser user) {
        Set<Long> writable = scopes.writable(user).orgIds();
        Set<Long> reviewable = scopes.reviewable(user).orgIds();
        long drafts = 0;
        long rejected = 0;
        long pending = 0;
        long toReview = 0;
        if (!writable.isEmpty()) {
            for (var c : mapper.countByStatus(writable, null)) {
                switch (c.status()) {
                    case DRAFT -> drafts = c.n();
                    case REJECTED -> rejected = c.n();
                    case PENDING_REVIEW -> pending = c.n();
                    default -> { }
                }
            }
        }
        if (!reviewable.isEmpty()) {
            toReview = mapper.countByStatus(reviewable, user.username()).stream()
                    .filter(c -> c.status() == ItemStatus.PENDING_REVIEW).mapToLong(ItemMapper.StatusCount::n).sum();
        }
        return new Dashboard(drafts, rejected, pending, toReview);
    }

    /** for bulk actions, which act at the current version; an unknown id is a 404 like any other */
    int currentVersion(ItemKind kind, long id) {
        return mapper.find(kind, id).map(ItemRow::version)
                .orElseThrow(() -> ApiException.notFound("事项不存在或不在您的数据范围内"));
    }

    /** the status of an item the caller may read, else null (a failed bulk result must not leak it) */
    ItemStatus statusIfReadable(ItemKind kind, long id, CurrentUser user) {
        return mapper.find(kind, id).filter(r -> scopes.readable(user).covers(r.orgId())).map(ItemRow::status)
                .orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** one item with what lists leave out: its warnings and the fields of the view extensions */
    ItemView view(ItemRow row) {
        ItemView view = view(row, orgName(row.orgId()));
        Map<String, Object> fields = new java.util.LinkedHashMap<>(view.fields());
        fields.put("warnings", kinds.warnings(row.kind(), row.content()));
        fields.putAll(kinds.extras(row.kind(), row.id(), false));
        return view.withFields(fields);
    }

    /** the rows of one list page (one kind) with what the extensions add to rows */
    private List<ItemView> views(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(ItemRow::orgId).distinct().toList());
        Map<Long, Map<String, Object>> extras = kinds.listExtras(rows.get(0).kind(),
                rows.stream().map(ItemRow::id).toList());
        return rows.stream().map(r -> {
            ItemView view = view(r, names.containsKey(r.orgId()) ? names.get(r.orgId()).name() : null);
            Map<String, Object> more = extras.get(r.id());
            if (more == null) {
                return view;
            }
            Map<String, Object> fields = new java.util.LinkedHashMap<>(view.fields());
            fields.putAll(more);
            return view.withFields(fields);
        }).toList();
    }

    private ItemView view(ItemRow r, String orgName) {
        return new ItemView(r.id(), r.kind(), r.orgId(), orgName, r.code(), r.name(), r.status(), r.version(),
                r.revision(), r.changeReason(), r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy(),
                r.submittedAt(), r.submittedBy(), r.publishedAt(), r.archivedAt(), r.archiveReason(),
                kinds.fields(r.content()));
    }

    /** a published revision as an item (no actor names: the public reads it too) */
    ItemView revisionView(ItemKind kind, long orgId, String orgName, RevisionRow r) {
        return new ItemView(r.itemId(), kind, orgId, orgName, r.code(), r.name(), ItemStatus.PUBLISHED, null,
                r.revision(), r.changeReason(), null, null, null, null, null, null, r.publishedAt(), null, null,
                kinds.fields(r.content()));
    }

    String orgName(long orgId) {
        return orgs.find(orgId).map(OrgRef::name).orElse(null);
    }

    /** the published revisions with the fields each changed against the previous one */
    List<RevisionSummary> summaries(long id, boolean publicView) {
        List<RevisionSummary> out = new ArrayList<>();
        ObjectNode previous = null;
        for (RevisionRow r : mapper.revisions(id)) {
            ObjectNode current = kinds.comparable(r.code(), r.name(), r.content());
            List<FieldChange> changes = previous == null ? List.of() : diff(previous, current);
            out.add(new RevisionSummary(r.revision(), r.publishedAt(), publicView ? null : r.publishedBy(),
                    r.changeReason(), changes.stream().map(FieldChange::field).toList(), changes));
            previous = current;
        }
        return out;
    }

    private ObjectNode comparable(ItemRow row, String which, String param) {
        if (which == null || which.isBlank()) {
            throw ApiException.invalidField(param, "请指定要比较的版本（" + param + "=版本号 或 draft）");
        }
        if (DRAFT.equals(which)) {
            return kinds.comparable(row.code(), row.name(), row.content());
        }
        int n;
        try {
            n = Integer.parseInt(which);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(param, param + " 须为版本号或 draft");
        }
        RevisionRow r = mapper.revision(row.id(), n)
                .orElseThrow(() -> ApiException.notFound("该事项没有第 " + n + " 版"));
        return kinds.comparable(r.code(), r.name(), r.content());
    }

    static List<FieldChange> diff(ObjectNode before, ObjectNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (Iterator<String> it = before.propertyNames().iterator(); it.hasNext();) {
            fields.add(it.next());
        }
        for (Iterator<String> it = after.propertyNames().iterator(); it.hasNext();) {
            fields.add(it.next());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode b = absentIfEmpty(before.get(field));
            JsonNode a = absentIfEmpty(after.get(field));
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }

    /** null, JSON null and an empty list or text all mean "not filled in" */
    private static JsonNode absentIfEmpty(JsonNode node) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())
                || (node.isString() && node.asString().isEmpty())) {
            return null;
        }
        return node;
    }

    /** list filters of {@code GET /{kind}} */
    record ListQuery(Long orgId, ItemStatus status, PublicState publicState, String q, String category,
            String domainCode, String part, boolean reviewable) {
    }
}
