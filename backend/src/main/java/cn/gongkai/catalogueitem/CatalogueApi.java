package cn.gongkai.catalogueitem;

import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;

/** What other features may do with the catalogue beside the shared item API: the demo declares domains. */
@Component
public class CatalogueApi {

    private final DomainApplicability domains;

    CatalogueApi(DomainApplicability domains) {
        this.domains = domains;
    }

    /** 未涉及领域说明, with the same checks as {@code PUT /orgs/{orgId}/domains/{domainCode}} */
    public void declareNotApplicable(long orgId, String domainCode, String reason, CurrentUser user) {
        domains.declare(orgId, domainCode, new DomainApplicability.Declaration(false, reason), user);
    }
}
