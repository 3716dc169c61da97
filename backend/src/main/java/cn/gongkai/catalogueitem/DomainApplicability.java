package cn.gongkai.catalogueitem;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.catalogueitem.DomainExemptionMapper.DomainCount;
import cn.gongkai.catalogueitem.DomainExemptionMapper.DomainExemption;
import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.common.ApiException;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 未涉及领域说明: an org declares a standard-catalogue domain not applicable to it, with the reason, or withdraws the
 * declaration. The editors of the org and the supervisors over it may; a domain in which the org has published
 * catalogue items cannot be declared not applicable (archive those first).
 */
@Service
@Transactional
class DomainApplicability {

    private final DomainExemptionMapper mapper;
    private final CodeTables codes;
    private final OrgApi orgs;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    DomainApplicability(DomainExemptionMapper mapper, CodeTables codes, OrgApi orgs, DataScopes scopes,
            AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.codes = codes;
        this.orgs = orgs;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<DomainStatus> list(long orgId, CurrentUser user) {
        if (orgs.find(orgId).isEmpty() || !scopes.readable(user).covers(orgId)) {
            throw ApiException.notFound("机构不存在或不在您的数据范围内");
        }
        Map<String, DomainExemption> exempt = mapper.ofOrg(orgId).stream()
                .collect(Collectors.toMap(DomainExemption::domainCode, e -> e));
        Map<String, Long> published = mapper.publishedPerDomain(orgId).stream()
                .collect(Collectors.toMap(DomainCount::code, DomainCount::n));
        return codes.entries(CodeTable.DOMAINS).stream()
                .filter(d -> d.active() || exempt.containsKey(d.code()) || published.containsKey(d.code()))
                .map(d -> status(orgId, d, exempt.get(d.code()), published.getOrDefault(d.code(), 0L))).toList();
    }

    DomainStatus declare(long orgId, String domainCode, Declaration declaration, CurrentUser user) {
        if (orgs.find(orgId).isEmpty() || !scopes.readable(user).covers(orgId)) {
            throw ApiException.notFound("机构不存在或不在您的数据范围内");
        }
        if (!scopes.writable(user).covers(orgId) && !scopes.supervised(user).covers(orgId)) {
            throw ApiException.forbidden("只有该机构的编辑人员或上级监督人员可以声明未涉及领域");
        }
        CodeEntry domain = codes.find(CodeTable.DOMAINS, domainCode)
                .orElseThrow(() -> ApiException.notFound("领域代码“" + domainCode + "”不存在"));
        if (declaration.applicable() == null) {
            throw ApiException.invalidField("applicable", "请说明该领域是否适用（applicable: true 或 false）");
        }
        audit.target("ORG_DOMAIN", orgId + "/" + domainCode);
        DomainExemption before = mapper.find(orgId, domainCode).orElse(null);
        long published = mapper.publishedPerDomain(orgId).stream().filter(c -> c.code().equals(domainCode))
                .mapToLong(DomainCount::n).sum();
        if (declaration.applicable()) {
            mapper.delete(orgId, domainCode);
            audit.change(before, null);
            return status(orgId, domain, null, published);
        }
        String reason = declaration.reason() == null ? "" : declaration.reason().strip();
        if (reason.isEmpty()) {
            throw ApiException.invalidField("reason", "声明未涉及领域须填写原因");
        }
        if (reason.length() > 1000) {
            throw ApiException.invalidField("reason", "原因不能超过1000字");
        }
        if (published > 0) {
            throw ApiException.conflict("domain-in-use", "该机构在“" + domain.name() + "”领域已有 " + published
                    + " 个已发布的目录事项，不能声明为未涉及领域（请先归档这些事项）");
        }
        DomainExemption exemption = new DomainExemption(orgId, domainCode, reason, clock.instant(), user.username());
        mapper.upsert(exemption);
        audit.change(before, exemption);
        return status(orgId, domain, exemption, 0);
    }

    private static DomainStatus status(long orgId, CodeEntry domain, DomainExemption exemption, long published) {
        return new DomainStatus(orgId, domain.code(), domain.name(), exemption == null,
                exemption == null ? null : exemption.reason(), exemption == null ? null : exemption.declaredAt(),
                exemption == null ? null : exemption.declaredBy(), published);
    }

    /** body of {@code PUT /orgs/{orgId}/domains/{domainCode}} */
    record Declaration(Boolean applicable, String reason) {
    }

    /** one domain for one org */
    record DomainStatus(long orgId, String domainCode, String name, boolean applicable, String reason,
            java.time.Instant declaredAt, String declaredBy, long publishedCatalogueItems) {
    }
}
