package cn.gongkai.account;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every logged-in user may read the policy (the password form shows it); only the security administrator sets it. */
@RestController
@RequestMapping("/api/v1/security-policy")
class SecurityPolicyController {

    private final PolicyService service;

    SecurityPolicyController(PolicyService service) {
        this.service = service;
    }

    @GetMapping
    SecurityPolicy get() {
        return service.current();
    }

    @PutMapping
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Audited(value = AuditAction.SECURITY_POLICY_UPDATE, target = "SECURITY_POLICY")
    SecurityPolicy update(@Valid @RequestBody SecurityPolicy policy, @AuthenticationPrincipal CurrentUser actor) {
        return service.update(policy, actor.username());
    }
}
