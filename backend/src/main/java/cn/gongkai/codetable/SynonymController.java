package cn.gongkai.codetable;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import io.swagger.v3.oas.annotations.Operation;
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

/**
 * The code table {@code synonyms} (同义词 of the public search): every logged-in user reads it, only the system
 * administrator adds, edits and deletes pairs (audited). A change applies to the next search, without a reindex.
 */
@RestController
class SynonymController {

    private final SynonymService service;

    SynonymController(SynonymService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/code-tables/synonyms")
    @Operation(summary = "同义词表：检索时词语与其同义词互相匹配")
    List<Synonym> list() {
        return service.list();
    }

    @PostMapping("/api/v1/code-tables/synonyms")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.SYNONYM_CREATE, target = "SYNONYM")
    @Operation(summary = "新增同义词（两侧须为不含空格和标点的词语，并注明来源）")
    Synonym create(@Valid @RequestBody SynonymCommand command) {
        return service.create(command);
    }

    @PutMapping("/api/v1/code-tables/synonyms/{id}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.SYNONYM_UPDATE, target = "SYNONYM")
    @Operation(summary = "修改同义词（active=false 停用）")
    Synonym update(@PathVariable long id, @Valid @RequestBody SynonymCommand command) {
        return service.update(id, command);
    }

    /** like the other tables: PUT on the table path, the body names the entry */
    @PutMapping("/api/v1/code-tables/synonyms")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.SYNONYM_UPDATE, target = "SYNONYM")
    @Operation(summary = "修改同义词（请求体中的 id 指明条目）")
    Synonym updateByBody(@Valid @RequestBody SynonymCommand command) {
        return service.update(command.id(), command);
    }

    @DeleteMapping("/api/v1/code-tables/synonyms/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.SYNONYM_DELETE, target = "SYNONYM")
    @Operation(summary = "删除同义词")
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}
