package cn.gongkai.disclosurerequest;

import java.time.LocalDate;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.disclosurerequest.DisclosureRequests.Receipt;
import cn.gongkai.disclosurerequest.RequestCommands.ApplicationForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The portal's online application form and lookup: no login, rate-limited, never any personal data back. */
@RestController
@Tag(name = "依申请公开（公众）", description = "在线提交政府信息公开申请，凭申请编号和查询码查询办理状态")
class PublicRequestController {

    private final DisclosureRequests requests;
    private final PublicLookup lookup;
    private final PublicRateLimits limits;

    PublicRequestController(DisclosureRequests requests, PublicLookup lookup, PublicRateLimits limits) {
        this.requests = requests;
        this.lookup = lookup;
        this.limits = limits;
    }

    @PostMapping("/api/v1/public/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Audited(value = AuditAction.APPLICATION_SUBMIT, target = "APPLICATION")
    @Operation(summary = "在线提交申请", description = "收到日期为提交当日（条例第三十一条：双方确认之日）。返回申请编号和查询码，查询码只显示这一次。")
    PublicReceipt submit(@Valid @RequestBody ApplicationForm form, HttpServletRequest request) {
        limits.submission(request.getRemoteAddr());
        Receipt r = requests.submitOnline(form);
        return new PublicReceipt(r.receiptNumber(), r.lookupCode(), r.receivedAt(), r.dueDate());
    }

    @GetMapping("/api/v1/public/applications/{receiptNumber}")
    @Operation(summary = "查询办理状态", description = "编号或查询码不对时一律 404；失败次数过多时 429。")
    PublicLookup.Status status(@PathVariable String receiptNumber, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        String client = request.getRemoteAddr();
        limits.checkLookup(client);
        try {
            return lookup.status(receiptNumber, code);
        } catch (RuntimeException e) {
            limits.failedLookup(client);
            throw e;
        }
    }

    record PublicReceipt(String receiptNumber, String lookupCode, LocalDate receivedAt, LocalDate dueDate) {
    }
}
