package cn.gongkai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.Figures.OrgFigures;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage report of docs/API.md: for an org X, a row for X itself (本级: the items X owns) and one per direct child
 * (that child's whole subtree), and totals over X's whole subtree.
 * <p>
 * Negative items that apply in a scope are the items of the orgs in it plus the COMMON items of every org above
 * it: a child's row therefore counts the COMMON items of X and of X's ancestors, and the rows' negative counts do not
 * add up to the totals. Overdue reviews follow the same items, plus the submissions of the scope's orgs waiting more
 * than 5 working days. A domain counts as covered for a scope when a published catalogue item of the scope is in it,
 * or when the scope's own org declared it not applicable.
 */
@Service
@Transactional(readOnly = true)
class CoverageReports {

    private final SupervisionMapper mapper;
    private final Figures figures;
    private final SupervisionAccess access;
    private final SupervisionDates dates;
    private final CodeTables codes;

    CoverageReports(SupervisionMapper mapper, Figures figures, SupervisionAccess access, SupervisionDates dates,
            CodeTables codes) {
        this.mapper = mapper;
        this.figures = figures;
        this.access = access;
        this.dates = dates;
        this.codes = codes;
    }

    CoverageReport report(Long orgId, CurrentUser user) {
        return report(access.supervisedOrg(orgId, user));
    }

    CoverageReport report(OrgNode x) {
        Scoped s = scoped(x);
        Set<String> active = figures.activeDomains();
        List<CoverageRow> rows = new ArrayList<>();
        Tally self = s.figures().ownOrEmpty(x.id()).copy().inherit(s.inherited());
        rows.add(new CoverageRow(x.id(), x.name(), true, !s.children().isEmpty(),
                Metrics.of(self, active, s.figures().notApplicableOf(x.id()))));
        Tally inheritedByChildren = s.inherited().copy().addNegatives(s.figures().commonOrEmpty(x.id()));
        for (OrgNode child : s.children()) {
            Tally t = s.bucket(child.id()).copy().inherit(inheritedByChildren);
            rows.add(new CoverageRow(child.id(), child.name(), false, s.hasChildren(child),
                    Metrics.of(t, active, s.figures().notApplicableOf(child.id()))));
        }
        Tally totals = s.total().inherit(s.inherited());
        return new CoverageReport(x.id(), x.name(), dates.now(),
                Metrics.of(totals, active, s.figures().notApplicableOf(x.id())), rows);
    }

    /** the 26 domains (and any other active ones) for X's subtree: catalogue items and X's declarations */
    DomainReport domains(Long orgId, CurrentUser user) {
        OrgNode x = access.supervisedOrg(orgId, user);
        Scoped s = scoped(x);
        Map<String, Long> perDomain = new LinkedHashMap<>();
        for (var d : mapper.domainCounts(x.pathLike())) {
            perDomain.put(d.domainCode(), d.n());
        }
        Set<String> notApplicable = s.figures().notApplicableOf(x.id());
        Map<String, String> reasons = new LinkedHashMap<>();
        mapper.exemptionReasons(x.id()).forEach(e -> reasons.put(e.domainCode(), e.reason()));
        Set<String> active = figures.activeDomains();
        List<DomainRow> rows = new ArrayList<>();
        for (CodeEntry e : codes.entries(CodeTable.DOMAINS)) {
            long n = perDomain.getOrDefault(e.code(), 0L);
            if (!e.active() && n == 0) {
                continue;
            }
            boolean counted = active.contains(e.code());
            boolean na = notApplicable.contains(e.code());
            String status = !counted ? "NOT_COUNTED" : n > 0 ? "COVERED" : na ? "NOT_APPLICABLE" : "MISSING";
            rows.add(new DomainRow(e.code(), e.name(), n, na, reasons.get(e.code()), status,
                    childrenCovering(s, e.code())));
        }
        Metrics totals = Metrics.of(s.total(), active, notApplicable);
        return new DomainReport(x.id(), x.name(), dates.now(), totals.domainCoverage(), totals.coveredDomains(),
                totals.activeDomains(), rows);
    }

    private static int childrenCovering(Scoped s, String domain) {
        int n = 0;
        for (OrgNode c : s.children()) {
            if (s.bucket(c.id()).domains.contains(domain)) {
                n++;
            }
        }
        return n;
    }

    private Scoped scoped(OrgNode x) {
        LocalDate today = dates.today();
        Instant cutoff = dates.pendingCutoff(today);
        List<OrgNode> orgs = mapper.subtree(x.pathLike());
        // a root's subtree is (nearly) every org: scanning the facts without the path join is the cheaper plan, and
        // the orgs of other roots are never read below
        OrgFigures f = figures.load(x.parentId() == null ? null : x.pathLike(), today, cutoff);
        Tally inherited = figures.inheritedCommon(Figures.ancestorIds(x.path(), x.id()), today);
        List<OrgNode> children = new ArrayList<>();
        Set<Long> parents = new HashSet<>();
        for (OrgNode o : orgs) {
            if (o.parentId() != null) {
                parents.add(o.parentId());
            }
            if (o.parentId() != null && o.parentId() == x.id()) {
                children.add(o);
            }
        }
        children.sort(java.util.Comparator.comparingInt(OrgNode::sortOrder).thenComparingLong(OrgNode::id));
        Map<Long, Tally> buckets = new LinkedHashMap<>();
        Tally total = new Tally();
        for (OrgNode o : orgs) {
            Tally own = f.ownOrEmpty(o.id());
            total.add(own);
            Long child = childOnPath(x, o);
            if (child != null) {
                buckets.computeIfAbsent(child, k -> new Tally()).add(own);
            }
        }
        return new Scoped(f, inherited, children, parents, buckets, total);
    }

    /** the direct child of X whose subtree holds {@code o}; null for X itself */
    private static Long childOnPath(OrgNode x, OrgNode o) {
        if (o.id() == x.id()) {
            return null;
        }
        String rest = o.path().substring(x.path().length());
        return Long.valueOf(rest.substring(0, rest.indexOf('/')));
    }

    private record Scoped(OrgFigures figures, Tally inherited, List<OrgNode> children, Set<Long> parents,
            Map<Long, Tally> buckets, Tally total) {

        Tally bucket(long childId) {
            return buckets.getOrDefault(childId, new Tally());
        }

        boolean hasChildren(OrgNode o) {
            return parents.contains(o.id());
        }
    }

    /** docs/API.md {@code GET /supervision/coverage} */
    record CoverageReport(long orgId, String orgName, Instant asOf, Metrics totals, List<CoverageRow> rows) {
    }

    /** one row: {@code self} marks the org's own items (本级), the other rows are its children's subtrees */
    record CoverageRow(long orgId, String orgName, boolean self, boolean hasChildren,
            @JsonUnwrapped Metrics metrics) {
    }

    /** docs/API.md {@code GET /supervision/domains} */
    record DomainReport(long orgId, String orgName, Instant asOf, Double domainCoverage, int coveredDomains,
            int activeDomains, List<DomainRow> rows) {
    }

    /**
     * {@code status}: COVERED (published catalogue items in scope), NOT_APPLICABLE (declared, with the reason),
     * MISSING, or NOT_COUNTED (OTHER and inactive domains, outside domainCoverage)
     */
    record DomainRow(String domainCode, String name, long catalogueItems, boolean notApplicable, String reason,
            String status, int childrenCovering) {
    }
}
