package cn.gongkai.disclosurerequest;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.disclosurerequest.DisclosureRequests.PersonalDataView;
import cn.gongkai.disclosurerequest.RequestCommands.AnswerRequest;
import cn.gongkai.disclosurerequest.RequestCommands.ApplicationForm;
import cn.gongkai.disclosurerequest.RequestCommands.PersonalDataRequest;
import cn.gongkai.disclosurerequest.RequestCommands.StepRequest;
import cn.gongkai.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The console's register of 依申请公开 applications: list with the clock, detail with the steps, the workflow. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "依申请公开", description = "政府信息公开申请的登记、办理、答复与归档，以及法定答复期限")
class RequestController {

    private final DisclosureRequests requests;
    private final RequestWorkflow workflow;
    private final AnswerLetter letters;
    private final RegisterExport export;

    RequestController(DisclosureRequests requests, RequestWorkflow workflow, AnswerLetter letters,
            RegisterExport export) {
        this.requests = requests;
        this.workflow = workflow;
        this.letters = letters;
        this.export = export;
    }

    @GetMapping("/export")
    @Operation(summary = "导出登记簿（Excel）", description = "筛选条件同列表；个人信息脱敏。")
    void export(@RequestParam(required = false) Long orgId, @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String due, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var first = export.first(orgId, status, due, outcome, year, user);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename("依申请公开登记簿.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        export.write(first, orgId, status, due, outcome, year, user, response.getOutputStream());
    }

    @GetMapping(value = "/{id:\\d+}/letter", produces = "text/html;charset=UTF-8")
    @Operation(summary = "答复告知书（可打印的网页）", description = "含申请人、所需信息、办理结果及其依据；不予公开的，列出所引用的负面清单情形。")
    String letter(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return letters.html(id, user);
    }

    @GetMapping
    @Operation(summary = "申请登记簿", description = "due=SOON：剩余不超过3个工作日；due=OVERDUE：已逾期。year 为收到申请的年份。")
    PageResult<RequestView> list(@RequestParam(required = false) Long orgId,
            @RequestParam(required = false) RequestStatus status, @RequestParam(required = false) String due,
            @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal CurrentUser user) {
        return requests.list(orgId, status, due, outcome, year, user, PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Audited(value = AuditAction.APPLICATION_REGISTER, target = "APPLICATION")
    @Operation(summary = "登记申请（信函、传真、当面）", description = "receivedOn 按条例第三十一条确定：当面为提交之日，邮寄为签收之日，网络或传真为双方确认之日。")
    RequestView register(@Valid @RequestBody ApplicationForm form, @AuthenticationPrincipal CurrentUser user) {
        return requests.register(form, user);
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "申请详情（含办理过程）")
    RequestView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return requests.get(id, user);
    }

    @PutMapping("/{id:\\d+}")
    @Audited(value = AuditAction.APPLICATION_UPDATE, target = "APPLICATION")
    @Operation(summary = "修改登记内容")
    RequestView update(@PathVariable long id, @Valid @RequestBody ApplicationForm form,
            @AuthenticationPrincipal CurrentUser user) {
        return requests.update(id, form, user);
    }

    @PostMapping("/{id:\\d+}/personal-data")
    @Audited(value = AuditAction.APPLICATION_PERSONAL_DATA, target = "APPLICATION")
    @Operation(summary = "查看申请人完整个人信息", description = "仅受理机关的工作人员；理由记入审计日志。")
    PersonalDataView personalData(@PathVariable long id, @RequestBody PersonalDataRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return requests.personalData(id, body.reason(), user);
    }

    @PostMapping("/{id:\\d+}/accept")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "审核受理，进入办理")
    RequestView accept(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.accept(id, body, user);
    }

    @PostMapping("/{id:\\d+}/correction-request")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "补正告知", description = "收到申请之日起7个工作日内一次性告知；comment 写明补正事项，applicantDeadline 为补正期限。期限停止计算。")
    RequestView correctionRequest(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.correctionRequest(id, body, user);
    }

    @PostMapping("/{id:\\d+}/correction-received")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "收到补正", description = "答复期限自收到补正之日（date）起重新计算。")
    RequestView correctionReceived(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.correctionReceived(id, body, user);
    }

    @PostMapping("/{id:\\d+}/consultation-start")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "开始征求意见", description = "kind=THIRD_PARTY（第三方，15个工作日内答复）或 OTHER_ORGAN；征求意见期间不计入答复期限。")
    RequestView consultationStart(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.consultationStart(id, body, user);
    }

    @PostMapping("/{id:\\d+}/consultation-end")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "征求意见结束")
    RequestView consultationEnd(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.consultationEnd(id, body, user);
    }

    @PostMapping("/{id:\\d+}/extension")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "延长答复期限", description = "审核人员批准；days 合计不超过20个工作日；comment 为理由。")
    RequestView extension(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.extension(id, body, user);
    }

    @PostMapping("/{id:\\d+}/answer")
    @Audited(value = AuditAction.APPLICATION_ANSWER, target = "APPLICATION")
    @Operation(summary = "答复", description = "outcome 为年度报告表三的办理结果之一；不予公开和部分公开须在 negativeItemIds 中引用适用于本机关依申请公开的负面清单事项。")
    RequestView answer(@PathVariable long id, @Valid @RequestBody AnswerRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.answer(id, body, user);
    }

    @PostMapping("/{id:\\d+}/archive")
    @Audited(value = AuditAction.APPLICATION_STEP, target = "APPLICATION")
    @Operation(summary = "归档")
    RequestView archive(@PathVariable long id, @Valid @RequestBody StepRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return workflow.archive(id, body, user);
    }
}
