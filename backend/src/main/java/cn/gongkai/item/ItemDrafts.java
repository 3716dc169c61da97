package cn.gongkai.item;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.AuditRecords;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many new drafts at once (imports, data generators) with the checks and the rows of single creation — the item,
 * its CREATE transition, the list's own tables and one audit entry per item — written with multi-row statements
 * instead of one round trip per row. All in the caller's transaction: a failure leaves nothing behind.
 */
@Service
@Transactional
class ItemDrafts {

    /** rows per INSERT statement: large enough to amortise the round trip, small enough for max_allowed_packet */
    static final int CHUNK = 500;

    private final ItemKinds kinds;
    private final ItemMapper mapper;
    private final ItemBatchInserts inserts;
    private final DataScopes scopes;
    private final OrgApi orgs;
    private final AuditRecords audit;
    private final JsonMapper json;
    private final Clock clock;

    ItemDrafts(ItemKinds kinds, ItemMapper mapper, ItemBatchInserts inserts, DataScopes scopes, OrgApi orgs,
            AuditRecords audit, JsonMapper json, Clock clock) {
        this.kinds = kinds;
        this.mapper = mapper;
        this.inserts = inserts;
        this.scopes = scopes;
        this.orgs = orgs;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** envelope, content and the list's own checks, every error collected (the org's scope is checked on write) */
    @Transactional(readOnly = true)
    DraftCheck check(ItemKind kind, long orgId, JsonNode body, CurrentUser user) {
        return checkAll(kind, orgId, List.of(body), user).get(0);
    }

    /**
     * {@link #check} for many bodies at once: each is parsed on its own, then the list's checks against other data
     * run once for all of them ({@link ItemKindDefinition#checkAll}), so a batch costs a few queries, not a few per
     * item.
     */
    @Transactional(readOnly = true)
    List<DraftCheck> checkAll(ItemKind kind, long orgId, List<? extends JsonNode> bodies, CurrentUser user) {
        List<Parsed> parsed = bodies.stream().map(body -> parse(kind, body)).toList();
        List<ItemContent> contents = parsed.stream().map(Parsed::content).filter(Objects::nonNull).toList();
        Iterator<List<FieldError>> listErrors = kinds.definition(kind).checkAll(orgId, contents, user).iterator();
        List<DraftCheck> checks = new ArrayList<>(bodies.size());
        for (Parsed p : parsed) {
            if (p.content() != null) {
                p.errors().addAll(listErrors.next());
            }
            checks.add(p.errors().isEmpty()
                    ? DraftCheck.valid(kind, p.request().code().strip(), p.request().name().strip(), p.content())
                    : DraftCheck.invalid(kind, p.errors()));
        }
        return checks;
    }

    /** a body's envelope and content, null where they could not be read, with the errors found reading them */
    private record Parsed(ItemRequest request, ItemContent content, List<FieldError> errors) {
    }

    private Parsed parse(ItemKind kind, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        ItemRequest request = null;
        ItemContent content = null;
        try {
            request = kinds.envelope(body);
        } catch (ApiException e) {
            errors.addAll(errorsOf(e));
        }
        try {
            content = kinds.content(kind, body);
        } catch (ApiException e) {
            errors.addAll(errorsOf(e));
        }
        return new Parsed(request, content, errors);
    }

    List<Long> create(ItemKind kind, long orgId, List<DraftCheck> drafts, CurrentUser user, IntConsumer progress) {
        if (!scopes.writable(user).covers(orgId)) {
            throw ApiException.forbidden("您不是该机构的编辑人员，不能在其下新建事项");
        }
        Set<String> codes = new HashSet<>();
        for (DraftCheck d : drafts) {
            if (!d.valid() || d.kind() != kind) {
                throw new IllegalArgumentException("only valid drafts of " + kind + " can be created");
            }
            if (!codes.add(d.code())) {
                throw duplicateCode(d.code());
            }
        }
        String orgName = orgs.find(orgId).map(OrgRef::name).orElse(null);
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(drafts.size());
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            List<DraftCheck> chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            ids.addAll(insert(kind, orgId, orgName, chunk, user, now));
            progress.accept(ids.size());
        }
        return ids;
    }

    private List<Long> insert(ItemKind kind, long orgId, String orgName, List<DraftCheck> chunk, CurrentUser user,
            Instant now) {
        List<ItemRow> rows = new ArrayList<>(chunk.size());
        List<String> stored = new ArrayList<>(chunk.size());
        for (DraftCheck d : chunk) {
            String content = kinds.serialize(d.content());
            stored.add(content);
            ItemFacets f = d.content().facets();
            rows.add(new ItemRow(null, kind, orgId, d.code(), d.name(), ItemStatus.DRAFT, 0, null, null, content,
                    f.category(), f.domainCode(), f.part(), f.parentId(), now, user.username(), now, user.username(),
                    null, null, null, null, null));
        }
        try {
            inserts.items(rows);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate-code", "有事项编码在本机构的该清单中已存在（可能刚被他人新建），未导入任何事项");
        }
        Map<String, Long> idByCode = new HashMap<>();
        mapper.activeIds(kind, orgId, rows.stream().map(ItemRow::code).toList())
                .forEach(c -> idByCode.put(c.code(), c.id()));
        List<Long> ids = new ArrayList<>(chunk.size());
        List<TransitionRow> transitions = new ArrayList<>(chunk.size());
        List<AuditRecords.Target> targets = new ArrayList<>(chunk.size());
        Map<Long, ItemContent> saved = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            DraftCheck d = chunk.get(i);
            long id = idByCode.get(d.code());
            ids.add(id);
            saved.put(id, d.content());
            transitions.add(new TransitionRow(null, id, now, user.username(), ItemAction.CREATE, null,
                    ItemStatus.DRAFT, null, null));
            targets.add(new AuditRecords.Target(String.valueOf(id),
                    auditDetail(id, kind, orgId, orgName, d, stored.get(i), now, user)));
        }
        kinds.definition(kind).savedAll(orgId, saved);
        inserts.transitions(transitions);
        audit.appendSuccesses(now, user.username(), null, AuditAction.ITEM_CREATE, kind.name(), targets);
        return ids;
    }

    /** {@code {before: null, after: <the item as the API shows it>}}, as single creation records it */
    private String auditDetail(long id, ItemKind kind, long orgId, String orgName, DraftCheck d, String content,
            Instant now, CurrentUser user) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("kind", kind.name());
        envelope.put("orgId", orgId);
        envelope.put("orgName", orgName);
        envelope.put("code", d.code());
        envelope.put("name", d.name());
        envelope.put("status", ItemStatus.DRAFT.name());
        envelope.put("version", 0);
        envelope.put("createdAt", now.toString());
        envelope.put("createdBy", user.username());
        String head = json.writeValueAsString(envelope);
        String after = content.length() > 2
                ? head.substring(0, head.length() - 1) + "," + content.substring(1) : head;
        return "{\"before\":null,\"after\":" + after + "}";
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errorsOf(ApiException e) {
        var properties = e.getBody().getProperties();
        Object errors = properties == null ? null : properties.get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return (List<FieldError>) list;
        }
        return List.of(new FieldError("body", e.getBody().getDetail()));
    }

    private static ApiException duplicateCode(String code) {
        String message = "编码“" + code + "”重复";
        return ApiException.conflict("duplicate-code", message).withErrors(List.of(new FieldError("code", message)));
    }
}
