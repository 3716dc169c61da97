package cn.gongkai.codetable;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.ApiException;
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
 * docs/API.md {@code /api/v1/code-tables/{table}} for {@code domains}, {@code channels} and {@code levels} (the statute
 * registry answers {@code /api/v1/code-tables/statutes} itself): every logged-in user reads, including inactive
 * entries for showing old items; only the system administrator writes. The portal reads active entries only.
 */
@RestController
class CodeTableController {

    private final CodeTableService service;

    CodeTableController(CodeTableService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/code-tables/{table}")
    List<CodeEntry> list(@PathVariable String table) {
        return service.entries(table(table), false);
    }

    @PostMapping("/api/v1/code-tables/{table}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.CODE_ENTRY_CREATE, target = "CODE_ENTRY")
    CodeEntry create(@PathVariable String table, @Valid @RequestBody CodeEntryCommand command) {
        return service.create(table(table), command);
    }

    @PutMapping("/api/v1/code-tables/{table}/{code}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.CODE_ENTRY_UPDATE, target = "CODE_ENTRY")
    CodeEntry update(@PathVariable String table, @PathVariable String code, @Valid @RequestBody CodeEntryCommand command) {
        return service.update(table(table), code, command);
    }

    /** docs/API.md lists PUT on the table path: the body names the code */
    @PutMapping("/api/v1/code-tables/{table}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.CODE_ENTRY_UPDATE, target = "CODE_ENTRY")
    CodeEntry updateByBody(@PathVariable String table, @Valid @RequestBody CodeEntryCommand command) {
        return service.update(table(table), command.code(), command);
    }

    @GetMapping("/api/v1/public/code-tables/{table}")
    List<CodeEntry> publicList(@PathVariable String table) {
        return service.entries(table(table), true);
    }

    private static CodeTable table(String path) {
        return CodeTable.fromPath(path).orElseThrow(() -> ApiException.notFound(
                "代码表不存在：" + path + "（可用：domains 试点领域、channels 公开渠道和载体、levels 公开层级、statutes 法规库）"));
    }
}
