package cn.gongkai.account;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration, split between the system and the security administrator (三员分立). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'SECURITY_ADMIN')")
    PageResult<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(q, orgId, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SYS_ADMIN', 'SECURITY_ADMIN')")
    UserView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.USER_CREATE, target = "USER")
    UserView create(@Valid @RequestBody UserCommands.CreateUser body) {
        return service.create(body);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.USER_UPDATE, target = "USER")
    UserView update(@PathVariable long id, @Valid @RequestBody UserCommands.UpdateUser body,
            @AuthenticationPrincipal CurrentUser actor) {
        return service.update(id, body, actor);
    }

    @PostMapping("/{id}/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @Audited(value = AuditAction.USER_RESET_PASSWORD, target = "USER")
    void resetPassword(@PathVariable long id, @Valid @RequestBody UserCommands.ResetPassword body) {
        service.resetPassword(id, body.newPassword());
    }

    @PutMapping("/{id}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Audited(value = AuditAction.USER_ROLES, target = "USER")
    UserView assignRoles(@PathVariable long id, @Valid @RequestBody UserCommands.AssignRoles body,
            @AuthenticationPrincipal CurrentUser actor) {
        return service.assignRoles(id, body.roles(), body.dataScope(), actor);
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Audited(value = AuditAction.USER_UNLOCK, target = "USER")
    void unlock(@PathVariable long id) {
        service.unlock(id);
    }
}
