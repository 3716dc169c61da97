package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The supervision tables ({@code supervised_item}, {@code supervision_snapshot}, {@code supervision_job}) and the
 * aggregations over them. Every aggregation is a GROUP BY per org over indexed columns; nothing reads item content.
 * {@code pathLike} is an org's materialized path plus {@code %}: its whole subtree.
 */
@Mapper
interface SupervisionMapper {

    // ---- facts of published items ---------------------------------------------------------------------------

    /** the live published revision of an item (empty when the item is archived or never published) */
    Optional<PublishedRevision> publishedRevision(@Param("itemId") long itemId);

    /** {@link #publishedRevision} of many items (those archived or never published absent) */
    List<PublishedRevision> publishedRevisions(@Param("itemIds") Collection<Long> itemIds);

    /** published, not archived items whose fact row is missing or describes an older revision */
    List<Long> staleFacts(@Param("after") long after, @Param("limit") int limit);

    int deleteArchivedFacts();

    void upsertFact(Fact fact);

    void upsertFacts(@Param("facts") List<Fact> facts);

    int deleteFact(@Param("itemId") long itemId);

    @Select("SELECT item_id FROM supervised_item WHERE kind = 'NEGATIVE' AND item_id > #{after} ORDER BY item_id LIMIT #{limit}")
    List<Long> negativeFactIds(@Param("after") long after, @Param("limit") int limit);

    /** sets {@code covered} of these items' facts from the published catalogue links as they are now */
    int refreshCoverage(@Param("itemIds") Collection<Long> itemIds);

    /** corrects the {@code covered} flags that disagree with the published links, for item ids in (after, upTo] */
    int repairCoverage(@Param("after") long after, @Param("upTo") long upTo);

    @Select("SELECT COALESCE(MAX(item_id), 0) FROM supervised_item")
    long lastFactId();

    // ---- aggregations ---------------------------------------------------------------------------------------

    /**
     * per org: its items of each kind and the counts behind each rate; the orgs of a subtree ({@code pathLike}), the
     * given ones ({@code orgIds}) or, both null, every org (a plain scan of the index, no join)
     */
    List<OrgTally> tallies(@Param("pathLike") String pathLike, @Param("orgIds") Collection<Long> orgIds,
            @Param("commonOnly") boolean commonOnly);

    /** per org and part: published negative items whose periodic review is overdue; orgs as in {@link #tallies} */
    List<PartCount> overdueReviews(@Param("pathLike") String pathLike, @Param("orgIds") Collection<Long> orgIds,
            @Param("commonOnly") boolean commonOnly, @Param("today") LocalDate today);

    /** per org: items of any kind waiting in PENDING_REVIEW since before {@code cutoff}; every org when pathLike is null */
    List<PartCount> pendingSince(@Param("pathLike") String pathLike, @Param("cutoff") Instant cutoff);

    /** per org, the domains of its published catalogue items; every org when pathLike is null */
    List<OrgDomains> catalogueDomains(@Param("pathLike") String pathLike);

    /** published catalogue items per domain in the subtree */
    @Select("SELECT s.domain_code, COUNT(*) AS n FROM supervised_item s JOIN org_unit o ON o.id = s.org_id "
            + "WHERE s.kind = 'CATALOGUE' AND o.path LIKE #{pathLike} GROUP BY s.domain_code")
    List<DomainCount> domainCounts(@Param("pathLike") String pathLike);

    @Select("SELECT domain_code, reason FROM org_domain_exemption WHERE org_id = #{orgId}")
    List<Exemption> exemptionReasons(@Param("orgId") long orgId);

    /** 未涉及领域说明 of the orgs in the subtree; every org when pathLike is null */
    List<OrgDomain> exemptions(@Param("pathLike") String pathLike);

    /** the orgs of a subtree (the org itself included) */
    List<OrgNode> subtree(@Param("pathLike") String pathLike);

    @Select("SELECT id, parent_id, path, name, sort_order FROM org_unit WHERE id = #{id}")
    Optional<OrgNode> org(@Param("id") long id);

    // ---- drill-down -------------------------------------------------------------------------------------------

    List<GapRow> gaps(@Param("q") GapQuery query);

    List<TypeCount> gapCounts(@Param("q") GapQuery query);

    // ---- snapshots --------------------------------------------------------------------------------------------

    void upsertSnapshots(@Param("rows") List<SnapshotRow> rows);

    @Select("SELECT org_id, month, power_items, service_items, covered_power, covered_service, catalogue_items, "
            + "complete_items, nested_items, negative_items, valid_basis_items, overdue_reviews, covered_domains, "
            + "active_domains, taken_at FROM supervision_snapshot "
            + "WHERE org_id = #{orgId} AND month BETWEEN #{from} AND #{to} ORDER BY month")
    List<SnapshotRow> snapshots(@Param("orgId") long orgId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** claims today's run of a job for this instance: 1 when it is ours, 0 when another instance ran it today */
    int claimJob(@Param("name") String name, @Param("today") LocalDate today, @Param("by") String by);

    // ---- rows -------------------------------------------------------------------------------------------------

    record PublishedRevision(long itemId, String kind, long orgId, int revision, String code, String name,
            String content, String domainCode, String part) {
    }

    record Fact(long itemId, String kind, long orgId, String code, String name, int revision, String domainCode,
            String part, boolean complete, String missingElements, boolean nested, boolean basisValid,
            String basisProblems, Instant checkedAt) {
    }

    /** an org's published items per kind, with the counts behind each rate ({@code common*}: its COMMON part) */
    record OrgTally(long orgId, long power, long coveredPower, long service, long coveredService, long catalogue,
            long complete, long nested, long negative, long validBasis, long commonNegative, long commonValidBasis) {
    }

    /** an org and the domains of its published catalogue items, comma-separated */
    record OrgDomains(long orgId, String domainCodes) {
    }

    record PartCount(long orgId, String part, long n) {
    }

    record OrgDomain(long orgId, String domainCode) {
    }

    record DomainCount(String domainCode, long n) {
    }

    record Exemption(String domainCode, String reason) {
    }

    record OrgNode(long id, Long parentId, String path, String name, int sortOrder) {

        String pathLike() {
            return path + "%";
        }
    }

    record TypeCount(String type, long n) {
    }

    record GapRow(String type, String kind, long itemId, long orgId, String code, String name, String detail,
            LocalDate dueDate, Instant since) {
    }

    record SnapshotRow(long orgId, LocalDate month, int powerItems, int serviceItems, int coveredPower,
            int coveredService, int catalogueItems, int completeItems, int nestedItems, int negativeItems,
            int validBasisItems, int overdueReviews, int coveredDomains, int activeDomains, Instant takenAt) {
    }
}
