package cn.gongkai.item;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The writes of the item lifecycle (docs/DOMAIN.md "Items: the common envelope"), the same for all four lists:
 * create, edit (a new draft revision once published), delete a never-published draft, and the transitions
 * submit → approve / reject, withdraw, archive. Every write checks the caller's data scope and the item's
 * {@code version}, records the transition, and tells the audit trail the before and after.
 */
@Service
@Transactional
class ItemService {

    private final ItemMapper mapper;
    private final ItemKinds kinds;
    private final DataScopes scopes;
    private final ItemReader reader;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemService(ItemMapper mapper, ItemKinds kinds, DataScopes scopes, ItemReader reader, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.kinds = kinds;
        this.scopes = scopes;
        this.reader = reader;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    ItemView create(ItemKind kind, JsonNode body, CurrentUser user) {
        ItemRequest request = kinds.envelope(body);
        if (request.orgId() == null) {
            throw ApiException.invalidField("orgId", "请选择所属机构");
        }
        if (!scopes.writable(user).covers(request.orgId())) {
            throw ApiException.forbidden("您不是该机构的编辑人员，不能在其下新建事项");
        }
        ItemContent content = kinds.content(kind, body);
        ItemKinds.throwIfInvalid(kinds.check(kind, request.orgId(), null, content, user));
        Instant now = clock.instant();
        ItemFacets f = content.facets();
        ItemRow row = new ItemRow(null, kind, request.orgId(), request.code().strip(), request.name().strip(),
                ItemStatus.DRAFT, 0, null, null, kinds.serialize(content), f.category(), f.domainCode(), f.part(),
                f.parentId(), now, user.username(), now, user.username(), null, null, null, null, null);
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(row.code());
        }
        long id = mapper.lastInsertId();
        kinds.definition(kind).saved(id, row.orgId(), content);
        record(id, user, ItemAction.CREATE, null, ItemStatus.DRAFT, null, null, now);
        ItemView view = reader.view(mapper.find(kind, id).orElseThrow());
        audit.target(kind.name(), id);
        audit.change(null, view);
        return view;
    }

    ItemView update(ItemKind kind, long id, JsonNode body, CurrentUser user) {
        ItemRequest request = kinds.envelope(body);
        ItemRow row = loadForWrite(kind, id, user);
        requireVersion(request.version(), row);
        if (request.orgId() != null && request.orgId() != row.orgId()) {
            throw ApiException.invalidField("orgId", "事项的所属机构不能修改");
        }
        if (row.status() == ItemStatus.PENDING_REVIEW) {
            throw illegal(row, "修改（请先撤回审核）");
        }
        if (row.status() == ItemStatus.ARCHIVED) {
            throw illegal(row, "修改");
        }
        String reason = blankToNull(request.changeReason());
        if (row.everPublished() && reason == null) {
            throw ApiException.invalidField("changeReason", "修改已发布的事项须填写变更原因");
        }
        ItemContent content = kinds.content(kind, body);
        ItemKinds.throwIfInvalid(kinds.check(kind, row.orgId(), id, content, user));
        Instant now = clock.instant();
        ItemFacets f = content.facets();
        ItemRow updated = new ItemRow(id, kind, row.orgId(), request.code().strip(), request.name().strip(),
                ItemStatus.DRAFT, row.version(), row.revision(), row.everPublished() ? reason : null,
                kinds.serialize(content), f.category(), f.domainCode(), f.part(), f.parentId(), row.createdAt(),
                row.createdBy(), now, user.username(), null, null, row.publishedAt(), null, null);
        write(updated, row.version());
        kinds.definition(kind).saved(id, row.orgId(), content);
        record(id, user, ItemAction.UPDATE, row.status(), ItemStatus.DRAFT, reason, null, now);
        return changed(kind, id, row);
    }

    void delete(ItemKind kind, long id, CurrentUser user) {
        ItemRow row = loadForWrite(kind, id, user);
        if (row.everPublished() || row.status() == ItemStatus.PENDING_REVIEW) {
            throw ApiException.conflict("illegal-transition", row.everPublished()
                    ? "该事项已发布过，不能删除，只能归档" : "该事项正在审核中，不能删除（当前状态：" + row.status().displayName() + "）");
        }
        audit.target(kind.name(), id);
        audit.change(reader.view(row), null);
        kinds.definition(kind).deleting(id);
        mapper.deleteTransitions(id);
        mapper.delete(id);
    }

    ItemView submit(ItemKind kind, long id, TransitionRequest request, CurrentUser user) {
        ItemRow row = loadForWrite(kind, id, user);
        requireVersion(request.version(), row);
        if (row.status() == ItemStatus.REJECTED) {
            // the reviewer's comment asks for a change: editing moves a returned item back to 草稿
            throw ApiException.conflict("illegal-transition", "该事项已被退回，请按退回意见修改后再提交审核");
        }
        requireStatus(row, "提交审核", ItemStatus.DRAFT);
        ItemContent content = kinds.deserialize(kind, row.content());
        List<FieldError> missing = new ArrayList<>(content.publicationViolations());
        missing.addAll(kinds.check(kind, row.orgId(), id, content, user));
        if (!missing.isEmpty()) {
            ItemKinds.throwIfInvalid(missing);
        }
        Instant now = clock.instant();
        write(with(row, ItemStatus.PENDING_REVIEW, now, user).submitted(now, user.username()), row.version());
        record(id, user, ItemAction.SUBMIT, row.status(), ItemStatus.PENDING_REVIEW, request.comment(), null, now);
        return changed(kind, id, row);
    }

    ItemView withdraw(ItemKind kind, long id, TransitionRequest request, CurrentUser user) {
        ItemRow row = loadForWrite(kind, id, user);
        requireVersion(request.version(), row);
        requireStatus(row, "撤回", ItemStatus.PENDING_REVIEW);
        Instant now = clock.instant();
        write(with(row, ItemStatus.DRAFT, now, user).submitted(null, null), row.version());
        record(id, user, ItemAction.WITHDRAW, row.status(), ItemStatus.DRAFT, request.comment(), null, now);
        return changed(kind, id, row);
    }

    ItemView approve(ItemKind kind, long id, TransitionRequest request, CurrentUser user) {
        ItemRow row = loadForReview(kind, id, user);
        requireVersion(request.version(), row);
        requireStatus(row, "审核通过", ItemStatus.PENDING_REVIEW);
        if (!Boolean.TRUE.equals(request.confidentialityChecked())) {
            throw ApiException.invalidField("confidentialityChecked", "发布前须确认已完成保密审查（confidentialityChecked: true）");
        }
        if (user.username().equals(row.submittedBy())) {
            throw ApiException.forbidden("不能审核自己提交的事项（审核人须与提交人不同）");
        }
        Instant now = clock.instant();
        int revision = mapper.lastRevision(id) + 1;
        ItemRow published = new ItemRow(id, kind, row.orgId(), row.code(), row.name(), ItemStatus.PUBLISHED,
                row.version(), revision, row.changeReason(), row.content(), row.category(), row.domainCode(),
                row.part(), row.parentId(), row.createdAt(), row.createdBy(), now, user.username(), row.submittedAt(),
                row.submittedBy(), now, null, null);
        write(published, row.version());
        mapper.insertRevision(new RevisionRow(id, revision, row.code(), row.name(), row.content(), row.category(),
                row.domainCode(), row.part(), row.parentId(), row.changeReason(), now, user.username()));
        record(id, user, ItemAction.APPROVE, row.status(), ItemStatus.PUBLISHED, request.comment(), revision, now);
        kinds.definition(kind).published(id, row.orgId(), kinds.deserialize(kind, row.content()), now);
        events.publishEvent(new ItemPublished(kind, id, row.orgId(), revision));
        return changed(kind, id, row);
    }

    ItemView reject(ItemKind kind, long id, TransitionRequest request, CurrentUser user) {
        ItemRow row = loadForReview(kind, id, user);
        requireVersion(request.version(), row);
        requireStatus(row, "退回", ItemStatus.PENDING_REVIEW);
        String comment = blankToNull(request.comment());
        if (comment == null) {
            throw ApiException.invalidField("comment", "退回须填写退回意见");
        }
        Instant now = clock.instant();
        write(with(row, ItemStatus.REJECTED, now, user), row.version());
        record(id, user, ItemAction.REJECT, row.status(), ItemStatus.REJECTED, comment, null, now);
        return changed(kind, id, row);
    }

    ItemView archive(ItemKind kind, long id, TransitionRequest request, CurrentUser user) {
        ItemRow row = reader.load(kind, id, user);
        if (!scopes.writable(user).covers(row.orgId()) && !scopes.reviewable(user).covers(row.orgId())) {
            throw ApiException.forbidden("只有该机构的编辑或审核人员可以归档事项");
        }
        requireVersion(request.version(), row);
        requireStatus(row, "归档", ItemStatus.PUBLISHED);
        String reason = blankToNull(request.changeReason());
        if (reason == null) {
            throw ApiException.invalidField("changeReason", "归档须填写原因");
        }
        Instant now = clock.instant();
        ItemRow archived = new ItemRow(id, kind, row.orgId(), row.code(), row.name(), ItemStatus.ARCHIVED,
                row.version(), row.revision(), row.changeReason(), row.content(), row.category(), row.domainCode(),
                row.part(), row.parentId(), row.createdAt(), row.createdBy(), now, user.username(), row.submittedAt(),
                row.submittedBy(), row.publishedAt(), now, reason);
        write(archived, row.version());
        record(id, user, ItemAction.ARCHIVE, row.status(), ItemStatus.ARCHIVED, reason, row.revision(), now);
        kinds.definition(kind).archived(id);
        events.publishEvent(new ItemArchived(kind, id, row.orgId()));
        return changed(kind, id, row);
    }

    /**
     * Records a periodic review (定期审查, 条例 art 18) of a published item: history gets an entry, the content and
     * the version stay as they are. The list keeps its own review dates.
     */
    ItemView recordReview(ItemKind kind, long id, String comment, CurrentUser user) {
        ItemRow row = reader.load(kind, id, user);
        if (!scopes.writable(user).covers(row.orgId()) && !scopes.reviewable(user).covers(row.orgId())) {
            throw ApiException.forbidden("只有该机构的编辑或审核人员可以登记定期审查");
        }
        if (row.revision() == null || row.status() == ItemStatus.ARCHIVED) {
            throw illegal(row, "登记定期审查（只有已发布的事项需要定期审查）");
        }
        record(id, user, ItemAction.REVIEW, row.status(), row.status(), comment, row.revision(), clock.instant());
        audit.target(kind.name(), id);
        audit.note("comment", blankToNull(comment));
        return reader.view(row);
    }

    // ---------------------------------------------------------------------------------------------------------

    private ItemRow loadForWrite(ItemKind kind, long id, CurrentUser user) {
        ItemRow row = reader.load(kind, id, user);
        if (!scopes.writable(user).covers(row.orgId())) {
            throw ApiException.forbidden("您不是该机构的编辑人员，不能修改其事项");
        }
        return row;
    }

    private ItemRow loadForReview(ItemKind kind, long id, CurrentUser user) {
        ItemRow row = reader.load(kind, id, user);
        DataScope reviewable = scopes.reviewable(user);
        if (!reviewable.covers(row.orgId())) {
            throw ApiException.forbidden("您不是该机构的审核人员，不能审核其事项");
        }
        return row;
    }

    private static void requireVersion(Integer version, ItemRow row) {
        if (version == null) {
            throw ApiException.invalidField("version", "请提供 version（乐观锁版本号）");
        }
        if (version != row.version()) {
            throw staleVersion(row.version());
        }
    }

    private static ApiException staleVersion(int current) {
        return ApiException.conflict("version-conflict", "该事项已被他人修改（当前版本 " + current + "），请刷新后重试");
    }

    private static void requireStatus(ItemRow row, String action, ItemStatus... allowed) {
        if (!List.of(allowed).contains(row.status())) {
            throw illegal(row, action);
        }
    }

    private static ApiException illegal(ItemRow row, String action) {
        return ApiException.conflict("illegal-transition",
                "当前状态为“" + row.status().displayName() + "”（" + row.status() + "），不能" + action);
    }

    private static ApiException duplicateCode(String code) {
        String message = "编码“" + code + "”在本机构的该清单中已存在";
        return ApiException.conflict("duplicate-code", message).withErrors(List.of(new FieldError("code", message)));
    }

    private void write(ItemRow row, int expectedVersion) {
        int changed;
        try {
            changed = mapper.update(row, expectedVersion);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(row.code());
        }
        if (changed == 0) {
            throw staleVersion(mapper.find(row.kind(), row.id()).map(ItemRow::version).orElse(-1));
        }
    }

    private ItemRow with(ItemRow row, ItemStatus status, Instant now, CurrentUser user) {
        return new ItemRow(row.id(), row.kind(), row.orgId(), row.code(), row.name(), status, row.version(),
                row.revision(), row.changeReason(), row.content(), row.category(), row.domainCode(), row.part(),
                row.parentId(), row.createdAt(), row.createdBy(), now, user.username(), row.submittedAt(),
                row.submittedBy(), row.publishedAt(), row.archivedAt(), row.archiveReason());
    }

    private void record(long id, CurrentUser user, ItemAction action, ItemStatus from, ItemStatus to, String comment,
            Integer revision, Instant now) {
        mapper.insertTransition(new TransitionRow(null, id, now, user.username(), action, from, to,
                blankToNull(comment), revision));
    }

    private ItemView changed(ItemKind kind, long id, ItemRow before) {
        ItemView after = reader.view(mapper.find(kind, id).orElseThrow());
        audit.target(kind.name(), id);
        audit.change(reader.view(before), after);
        return after;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
