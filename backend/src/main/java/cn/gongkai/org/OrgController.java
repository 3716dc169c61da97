package cn.gongkai.org;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The org tree: every logged-in user reads it, only the system administrator changes it. */
@RestController
class OrgController {

    private final OrgService service;

    OrgController(OrgService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/orgs")
    List<OrgNode> tree() {
        return service.tree(false);
    }

    @GetMapping("/api/v1/orgs/{id}")
    OrgNode get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/api/v1/orgs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.ORG_CREATE, target = "ORG")
    OrgNode create(@Valid @RequestBody OrgCommand command) {
        return service.create(command);
    }

    @PutMapping("/api/v1/orgs/{id}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.ORG_UPDATE, target = "ORG")
    OrgNode update(@PathVariable long id, @Valid @RequestBody OrgCommand command) {
        return service.update(id, command);
    }

    @DeleteMapping("/api/v1/orgs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.ORG_DELETE, target = "ORG")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    /** the public portal's org tree: enabled orgs only, no login */
    @GetMapping("/api/v1/public/orgs")
    List<OrgNode> publicTree() {
        return service.tree(true);
    }
}
