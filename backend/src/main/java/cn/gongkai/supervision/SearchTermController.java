package cn.gongkai.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gongkai.search.SearchTermCount;
import cn.gongkai.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 公众检索热词 and 无结果检索词 for SUPERVISORs, within the subtree of their orgs, with an Excel export. */
@RestController
class SearchTermController {

    private final SearchTermReports reports;

    SearchTermController(SearchTermReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/supervision/search-terms")
    @Operation(summary = "公众检索热词（TOP）或无结果检索词（ZERO）：机构筛选在本机构及下级、或未筛选机构的公众检索，按次数排序，最多100条")
    List<SearchTermCount> terms(@RequestParam(required = false) Long orgId,
            @Parameter(description = "YYYY-MM-DD，默认结束日期前6天") @RequestParam(required = false) String from,
            @Parameter(description = "YYYY-MM-DD，默认今天") @RequestParam(required = false) String to,
            @Parameter(description = "TOP 或 ZERO，默认 TOP") @RequestParam(required = false) String type,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.terms(reports.request(orgId, from, to, type, user));
    }

    @GetMapping("/api/v1/supervision/search-terms/export")
    @Operation(summary = "导出公众检索热词和无结果检索词（Excel，两个工作表）")
    void export(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response) throws IOException {
        SearchTermReports.Request r = reports.request(orgId, from, to, null, user);
        String name = "公众检索词-" + r.org().name() + "-" + r.from() + "至" + r.to() + ".xlsx";
        response.setContentType(SupervisionController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        reports.write(r, response.getOutputStream());
    }
}
