package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.supervision.SupervisionMapper.OrgTally;
import cn.gongkai.supervision.SupervisionMapper.PartCount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each org's own figures in a subtree, from five GROUP BY queries: the items of every kind with the counts behind
 * each rate, overdue periodic reviews, submissions waiting too long, the domains of published catalogue
 * items and the 未涉及领域 declarations. Scopes (an org's subtree, a row of the report) are sums of these.
 */
@Component
@Transactional(readOnly = true)
class Figures {

    private final SupervisionMapper mapper;
    private final CodeTables codes;

    Figures(SupervisionMapper mapper, CodeTables codes) {
        this.mapper = mapper;
        this.codes = codes;
    }

    /**
     * per org of the subtree: everything it owns ({@code own}) and its COMMON negative items alone ({@code common}).
     * A null {@code pathLike} loads every org: a plain scan of the facts' index, cheaper than joining the org paths
     * when the scope is (nearly) everything, e.g. a province's root.
     */
    OrgFigures load(String pathLike, LocalDate today, Instant pendingCutoff) {
        OrgFigures f = new OrgFigures(new HashMap<>(), new HashMap<>(), new HashMap<>());
        mapper.tallies(pathLike, null, false).forEach(t -> add(f, t));
        mapper.overdueReviews(pathLike, null, false, today).forEach(c -> {
            f.own(c.orgId()).overduePeriodicReviews += c.n();
            if ("COMMON".equals(c.part())) {
                f.common(c.orgId()).overduePeriodicReviews += c.n();
            }
        });
        mapper.pendingSince(pathLike, pendingCutoff).forEach(c -> f.own(c.orgId()).pendingTooLong += c.n());
        mapper.catalogueDomains(pathLike).forEach(d ->
                f.own(d.orgId()).domains.addAll(Arrays.asList(d.domainCodes().split(","))));
        mapper.exemptions(pathLike).forEach(d ->
                f.notApplicable().computeIfAbsent(d.orgId(), k -> new HashSet<>()).add(d.domainCode()));
        return f;
    }

    /** the COMMON negative items of the given orgs (the orgs above a scope): they apply in the whole scope */
    Tally inheritedCommon(Collection<Long> ancestorIds, LocalDate today) {
        Tally t = new Tally();
        if (ancestorIds.isEmpty()) {
            return t;
        }
        for (OrgTally o : mapper.tallies(null, ancestorIds, true)) {
            t.negative += o.negative();
            t.validBasis += o.validBasis();
        }
        for (PartCount c : mapper.overdueReviews(null, ancestorIds, true, today)) {
            t.overduePeriodicReviews += c.n();
        }
        return t;
    }

    /** the active domains other than OTHER: domainCoverage's denominator */
    Set<String> activeDomains() {
        Set<String> active = new HashSet<>();
        for (CodeEntry e : codes.entries(CodeTable.DOMAINS)) {
            if (e.active() && !"OTHER".equals(e.code())) {
                active.add(e.code());
            }
        }
        return active;
    }

    private static void add(OrgFigures f, OrgTally o) {
        Tally own = f.own(o.orgId());
        own.power += o.power();
        own.coveredPower += o.coveredPower();
        own.service += o.service();
        own.coveredService += o.coveredService();
        own.catalogue += o.catalogue();
        own.complete += o.complete();
        own.nested += o.nested();
        own.negative += o.negative();
        own.validBasis += o.validBasis();
        if (o.commonNegative() > 0) {
            Tally common = f.common(o.orgId());
            common.negative += o.commonNegative();
            common.validBasis += o.commonValidBasis();
        }
    }

    /** own figures per org id; orgs without items have no entry */
    record OrgFigures(Map<Long, Tally> ownByOrg, Map<Long, Tally> commonByOrg, Map<Long, Set<String>> notApplicable) {

        Tally own(long orgId) {
            return ownByOrg.computeIfAbsent(orgId, k -> new Tally());
        }

        Tally common(long orgId) {
            return commonByOrg.computeIfAbsent(orgId, k -> new Tally());
        }

        Tally ownOrEmpty(long orgId) {
            return ownByOrg.getOrDefault(orgId, new Tally());
        }

        Tally commonOrEmpty(long orgId) {
            return commonByOrg.getOrDefault(orgId, new Tally());
        }

        Set<String> notApplicableOf(long orgId) {
            return notApplicable.getOrDefault(orgId, Set.of());
        }
    }

    /** the ids on an org's path above it (its strict ancestors), from the root down */
    static List<Long> ancestorIds(String path, long selfId) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(id -> id != selfId).toList();
    }
}
