package cn.gongkai.item;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * {@code POST /{kind}/bulk/{action}}: the action on each id in its own transaction, at the item's current version;
 * an unknown, out-of-scope or refused id is a failed result, never a failed request.
 */
@Component
class BulkActions {

    private final ItemService service;
    private final ItemReader reads;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    BulkActions(ItemService service, ItemReader reads, PlatformTransactionManager txManager, AuditTrail audit) {
        this.service = service;
        this.reads = reads;
        this.tx = new TransactionTemplate(txManager);
        this.audit = audit;
    }

    List<BulkResult> run(ItemKind kind, String action, BulkRequest body, CurrentUser user) {
        Action act = switch (action) {
            case "submit" -> service::submit;
            case "approve" -> service::approve;
            case "reject" -> service::reject;
            case "archive" -> service::archive;
            default -> throw ApiException.notFound("不支持的批量操作“" + action + "”（可用：submit、approve、reject、archive）");
        };
        List<BulkResult> results = new ArrayList<>();
        for (Long id : body.ids().stream().distinct().toList()) {
            if (id == null) {
                continue;
            }
            results.add(one(kind, id, act, body, user));
        }
        audit.target(kind.name(), null);
        audit.note("action", action);
        audit.note("results", results);
        return results;
    }

    private BulkResult one(ItemKind kind, long id, Action act, BulkRequest body, CurrentUser user) {
        try {
            ItemView view = tx.execute(s -> {
                int version = reads.currentVersion(kind, id);
                var request = new TransitionRequest(version, body.confidentialityChecked(), body.comment(),
                        body.changeReason());
                return act.apply(kind, id, request, user);
            });
            return new BulkResult(id, true, view.status(), null);
        } catch (ErrorResponseException e) {
            String detail = e.getBody().getDetail();
            return new BulkResult(id, false, reads.statusIfReadable(kind, id, user), detail);
        }
    }

    @FunctionalInterface
    private interface Action {
        ItemView apply(ItemKind kind, long id, TransitionRequest request, CurrentUser user);
    }
}
