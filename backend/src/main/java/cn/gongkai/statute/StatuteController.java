package cn.gongkai.statute;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.item.LegalCitation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statute registry as the code table {@code statutes} (docs/API.md {@code /api/v1/code-tables/{table}}): every
 * logged-in user reads it, only the system administrator edits it. The console forms check citations through
 * {@code POST /api/v1/statutes/check}; the portal reads the statutes in force.
 */
@RestController
class StatuteController {

    private final StatuteService service;

    StatuteController(StatuteService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/code-tables/statutes")
    List<Statute> list() {
        return service.list(false);
    }

    @PostMapping("/api/v1/code-tables/statutes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.STATUTE_CREATE, target = "STATUTE")
    Statute create(@Valid @RequestBody StatuteCommand command) {
        return service.create(command);
    }

    @PutMapping("/api/v1/code-tables/statutes/{code}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.STATUTE_UPDATE, target = "STATUTE")
    Statute update(@PathVariable String code, @Valid @RequestBody StatuteCommand command) {
        return service.update(code, command);
    }

    /** docs/API.md lists PUT on the table path: the body names the code */
    @PutMapping("/api/v1/code-tables/statutes")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.STATUTE_UPDATE, target = "STATUTE")
    Statute updateByBody(@Valid @RequestBody StatuteCommand command) {
        return service.update(command.code(), command);
    }

    /**
     * {@code [{title, docNumber, article, version}]} → {@code [{index, problem, message}]}, one entry per problem
     * found (none when every citation is sound). A POST because the list travels in the body; it writes nothing
     * but is audited like every POST.
     */
    @PostMapping("/api/v1/statutes/check")
    @Audited(value = AuditAction.CITATION_CHECK, target = "STATUTE")
    List<CitationWarning> check(@RequestBody List<LegalCitation> citations) {
        return service.check(citations);
    }

    @GetMapping("/api/v1/public/code-tables/statutes")
    List<Statute> publicList() {
        return service.list(true);
    }
}
