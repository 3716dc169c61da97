package cn.gongkai.auditlog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit log, for the audit administrator only (三员分立): read, filter, never change. */
@RestController
@RequestMapping("/api/v1/audit-log")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditLogController {

    private final AuditLogMapper mapper;
    private final JsonMapper json;

    AuditLogController(AuditLogMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    record AuditLogView(long id, java.time.Instant at, String actor, String action, String actionName,
            String targetType, String targetId, String ip, String outcome, JsonNode detail) {
    }

    record ActionView(String code, String name) {
    }

    @GetMapping
    PageResult<AuditLogView> list(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageQuery pq = PageQuery.of(page, size);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "结束日期不能早于开始日期");
        }
        if (outcome != null && !List.of("SUCCESS", "FAILURE", "DENIED").contains(outcome)) {
            throw ApiException.invalidField("outcome", "结果只能是 SUCCESS、FAILURE 或 DENIED");
        }
        var filter = new AuditLogMapper.AuditLogFilter(blankToNull(actor), blankToNull(action), outcome,
                from == null ? null : from.atStartOfDay(Clocks.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant());
        List<AuditLogView> items = mapper.find(filter, pq.offset(), pq.size()).stream().map(this::view).toList();
        return pq.result(items, mapper.count(filter));
    }

    @GetMapping("/actions")
    List<ActionView> actions() {
        return Arrays.stream(AuditAction.values()).map(a -> new ActionView(a.name(), a.displayName())).toList();
    }

    private AuditLogView view(AuditEntry e) {
        return new AuditLogView(e.id(), e.at(), e.actor(), e.action(), actionName(e.action()), e.targetType(),
                e.targetId(), e.ip(), e.outcome(), e.detail() == null ? null : json.readTree(e.detail()));
    }

    private static String actionName(String code) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(code)).findFirst()
                .map(AuditAction::displayName).orElse(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
