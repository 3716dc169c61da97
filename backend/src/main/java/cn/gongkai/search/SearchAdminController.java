package cn.gongkai.search;

import java.util.Map;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** docs/API.md "Operations": the system administrator's view of the search index and its rebuild. */
@RestController
@RequestMapping("/api/v1/admin/search")
@PreAuthorize("hasRole('SYS_ADMIN')")
class SearchAdminController {

    private final SearchStatus status;
    private final SearchReindexer reindexer;
    private final AuditTrail audit;

    SearchAdminController(SearchStatus status, SearchReindexer reindexer, AuditTrail audit) {
        this.status = status;
        this.reindexer = reindexer;
        this.audit = audit;
    }

    @GetMapping("/status")
    SearchStatus.View status() {
        return status.view();
    }

    /** 202 {@code {jobId}}; the job runs in the background ({@code GET reindex/{jobId}}); 409 while one runs */
    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Audited(value = AuditAction.SEARCH_REINDEX, target = "SEARCH_INDEX")
    Map<String, Long> reindex(@AuthenticationPrincipal CurrentUser user) {
        long jobId = reindexer.start(user.username());
        audit.target("SEARCH_REINDEX_JOB", jobId);
        return Map.of("jobId", jobId);
    }

    @GetMapping("/reindex/{jobId}")
    ReindexJob job(@PathVariable long jobId) {
        return reindexer.job(jobId);
    }
}
