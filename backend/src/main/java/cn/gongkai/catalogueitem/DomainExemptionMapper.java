package cn.gongkai.catalogueitem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** {@code org_domain_exemption}: 未涉及领域说明, a domain an org declares not applicable to it. */
@Mapper
interface DomainExemptionMapper {

    @Select("SELECT org_id, domain_code, reason, declared_at, declared_by FROM org_domain_exemption "
            + "WHERE org_id = #{orgId} ORDER BY domain_code")
    List<DomainExemption> ofOrg(@Param("orgId") long orgId);

    @Select("SELECT org_id, domain_code, reason, declared_at, declared_by FROM org_domain_exemption "
            + "WHERE org_id = #{orgId} AND domain_code = #{domainCode}")
    Optional<DomainExemption> find(@Param("orgId") long orgId, @Param("domainCode") String domainCode);

    @Insert("INSERT INTO org_domain_exemption (org_id, domain_code, reason, declared_at, declared_by) "
            + "VALUES (#{orgId}, #{domainCode}, #{reason}, #{declaredAt}, #{declaredBy}) "
            + "ON DUPLICATE KEY UPDATE reason = VALUES(reason), declared_at = VALUES(declared_at), "
            + "declared_by = VALUES(declared_by)")
    void upsert(DomainExemption exemption);

    @Delete("DELETE FROM org_domain_exemption WHERE org_id = #{orgId} AND domain_code = #{domainCode}")
    int delete(@Param("orgId") long orgId, @Param("domainCode") String domainCode);

    /** the published catalogue items per domain of one org (working copies that were never published don't count) */
    @Select("<script>SELECT r.domain_code AS code, COUNT(*) AS n FROM item i "
            + "JOIN item_revision r ON r.item_id = i.id AND r.revision = i.revision "
            + "WHERE i.kind = 'CATALOGUE' AND i.org_id = #{orgId} AND i.status &lt;&gt; 'ARCHIVED' "
            + "GROUP BY r.domain_code</script>")
    List<DomainCount> publishedPerDomain(@Param("orgId") long orgId);

    record DomainExemption(long orgId, String domainCode, String reason, Instant declaredAt, String declaredBy) {
    }

    record DomainCount(String code, long n) {
    }
}
