package cn.gongkai.item;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * docs/API.md "The four lists": one controller for every list; {@code {kind}} is the list's path segment. Who may do
 * what is decided per item by the caller's data scope (ItemService), not by a role check here.
 */
@RestController
@RequestMapping("/api/v1/" + ItemPaths.KIND)
class ItemController {

    private final ItemKinds kinds;
    private final ItemService service;
    private final ItemReader reader;
    private final BulkActions bulk;

    ItemController(ItemKinds kinds, ItemService service, ItemReader reader, BulkActions bulk) {
        this.kinds = kinds;
        this.service = service;
        this.reader = reader;
        this.bulk = bulk;
    }

    @GetMapping
    PageResult<ItemView> list(@PathVariable String kind, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) PublicState publicState, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String domainCode,
            @RequestParam(required = false) String part, @RequestParam(defaultValue = "false") boolean reviewable,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal CurrentUser user) {
        var query = new ItemReader.ListQuery(orgId, status, publicState, q, blankToNull(category),
                blankToNull(domainCode), blankToNull(part), reviewable);
        return reader.list(kinds.kind(kind), query, user, PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Audited(AuditAction.ITEM_CREATE)
    ItemView create(@PathVariable String kind, @RequestBody JsonNode body, @AuthenticationPrincipal CurrentUser user) {
        return service.create(kinds.kind(kind), body, user);
    }

    @GetMapping("/{id:\\d+}")
    ItemView get(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return reader.get(kinds.kind(kind), id, user);
    }

    @PutMapping("/{id:\\d+}")
    @Audited(AuditAction.ITEM_UPDATE)
    ItemView update(@PathVariable String kind, @PathVariable long id, @RequestBody JsonNode body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.update(kinds.kind(kind), id, body, user);
    }

    @DeleteMapping("/{id:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Audited(AuditAction.ITEM_DELETE)
    void delete(@PathVariable String kind, @PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        service.delete(kinds.kind(kind), id, user);
    }

    @PostMapping("/{id:\\d+}/submit")
    @Audited(AuditAction.ITEM_SUBMIT)
    ItemView submit(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody TransitionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.submit(kinds.kind(kind), id, body, user);
    }

    @PostMapping("/{id:\\d+}/withdraw")
    @Audited(AuditAction.ITEM_WITHDRAW)
    ItemView withdraw(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody TransitionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.withdraw(kinds.kind(kind), id, body, user);
    }

    @PostMapping("/{id:\\d+}/approve")
    @Audited(AuditAction.ITEM_APPROVE)
    ItemView approve(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody TransitionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.approve(kinds.kind(kind), id, body, user);
    }

    @PostMapping("/{id:\\d+}/reject")
    @Audited(AuditAction.ITEM_REJECT)
    ItemView reject(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody TransitionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.reject(kinds.kind(kind), id, body, user);
    }

    @PostMapping("/{id:\\d+}/archive")
    @Audited(AuditAction.ITEM_ARCHIVE)
    ItemView archive(@PathVariable String kind, @PathVariable long id, @Valid @RequestBody TransitionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return service.archive(kinds.kind(kind), id, body, user);
    }

    @PostMapping("/bulk/{action}")
    @Audited(AuditAction.ITEM_BULK)
    List<BulkResult> bulk(@PathVariable String kind, @PathVariable String action, @Valid @RequestBody BulkRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return bulk.run(kinds.kind(kind), action, body, user);
    }

    @GetMapping("/{id:\\d+}/history")
    List<HistoryEntry> history(@PathVariable String kind, @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user) {
        return reader.history(kinds.kind(kind), id, user);
    }

    @GetMapping("/{id:\\d+}/revisions")
    List<RevisionSummary> revisions(@PathVariable String kind, @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user) {
        return reader.revisions(kinds.kind(kind), id, user);
    }

    @GetMapping("/{id:\\d+}/revisions/{revision}")
    ItemView revision(@PathVariable String kind, @PathVariable long id, @PathVariable int revision,
            @AuthenticationPrincipal CurrentUser user) {
        return reader.revision(kinds.kind(kind), id, revision, user);
    }

    @GetMapping("/{id:\\d+}/diff")
    List<FieldChange> diff(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser user) {
        return reader.diff(kinds.kind(kind), id, from, to, user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
