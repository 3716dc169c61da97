package cn.gongkai.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.Clocks;
import cn.gongkai.common.PageQuery;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.CoverageReports.CoverageReport;
import cn.gongkai.supervision.CoverageReports.DomainReport;
import cn.gongkai.supervision.Gaps.GapReport;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import cn.gongkai.supervision.Trends.TrendReport;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * docs/API.md "Supervision": the coverage report, its drill-down, domain coverage, the trend and the export — for
 * SUPERVISORs, within the subtree of their orgs. Declaring a domain not applicable is the catalogue's endpoint
 * ({@code PUT /api/v1/orgs/{orgId}/domains/{domainCode}}).
 */
@RestController
class SupervisionController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CoverageReports reports;
    private final Gaps gaps;
    private final Trends trends;
    private final CoverageExport export;
    private final SupervisionDates dates;
    private final SupervisionAccess access;
    private final OrgApi orgs;

    SupervisionController(CoverageReports reports, Gaps gaps, Trends trends, CoverageExport export,
            SupervisionDates dates, SupervisionAccess access, OrgApi orgs) {
        this.access = access;
        this.orgs = orgs;
        this.reports = reports;
        this.gaps = gaps;
        this.trends = trends;
        this.export = export;
        this.dates = dates;
    }

    /** the org picker of 监督统计: only the supervisor's subtrees, own org first (no other county is offered) */
    @GetMapping("/api/v1/supervision/orgs")
    @Operation(summary = "监督统计的机构选择器：监督范围内的机构树（本机构在前）")
    List<cn.gongkai.org.OrgNode> orgs(@AuthenticationPrincipal CurrentUser user) {
        return access.supervisedTree(user, orgs);
    }

    @GetMapping("/api/v1/supervision/coverage")
    CoverageReport coverage(@RequestParam(required = false) Long orgId, @AuthenticationPrincipal CurrentUser user) {
        return reports.report(orgId, user);
    }

    /** {@code ownOnly=true}: the org's own items (the report's 本级 row) instead of its whole subtree */
    @GetMapping("/api/v1/supervision/coverage/{orgId}/gaps")
    GapReport gaps(@PathVariable long orgId, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean ownOnly, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
        return gaps.gaps(orgId, ownOnly, type, PageQuery.of(page, size), user);
    }

    @GetMapping("/api/v1/supervision/domains")
    DomainReport domains(@RequestParam(required = false) Long orgId, @AuthenticationPrincipal CurrentUser user) {
        return reports.domains(orgId, user);
    }

    @GetMapping("/api/v1/supervision/trend")
    TrendReport trend(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user) {
        return trends.trend(orgId, from, to, period, user);
    }

    @GetMapping("/api/v1/supervision/coverage/export")
    void export(@RequestParam(required = false) Long orgId, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response) throws IOException {
        OrgNode org = export.target(orgId, user);
        String name = "监督统计-" + org.name() + "-" + LocalDate.ofInstant(dates.now(), Clocks.ZONE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        export.write(org, response.getOutputStream());
    }
}
