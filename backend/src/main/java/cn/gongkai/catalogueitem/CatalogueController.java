package cn.gongkai.catalogueitem;

import java.util.List;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.catalogueitem.DomainApplicability.Declaration;
import cn.gongkai.catalogueitem.DomainApplicability.DomainStatus;
import cn.gongkai.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue's endpoints beside the shared list API: the domains that apply to an org (docs/API.md
 * {@code PUT /orgs/{orgId}/domains/{domainCode}}) and the public standard-catalogue table of an org.
 */
@RestController
class CatalogueController {

    private final DomainApplicability domains;
    private final CatalogueTable table;

    CatalogueController(DomainApplicability domains, CatalogueTable table) {
        this.domains = domains;
        this.table = table;
    }

    @GetMapping("/api/v1/orgs/{orgId}/domains")
    List<DomainStatus> domains(@PathVariable long orgId, @AuthenticationPrincipal CurrentUser user) {
        return domains.list(orgId, user);
    }

    @PutMapping("/api/v1/orgs/{orgId}/domains/{domainCode}")
    @Audited(value = AuditAction.DOMAIN_APPLICABILITY, target = "ORG_DOMAIN")
    DomainStatus declare(@PathVariable long orgId, @PathVariable String domainCode,
            @RequestBody Declaration declaration, @AuthenticationPrincipal CurrentUser user) {
        return domains.declare(orgId, domainCode, declaration, user);
    }

    @GetMapping("/api/v1/public/orgs/{orgId}/catalogue")
    CatalogueTable.Table publicTable(@PathVariable long orgId) {
        return table.of(orgId);
    }
}
