package cn.gongkai.disclosurerequest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.disclosurerequest.RequestCommands.AnswerRequest;
import cn.gongkai.disclosurerequest.RequestCommands.StepRequest;
import cn.gongkai.negativeitem.NegativeListApi;
import cn.gongkai.negativeitem.NegativeListApi.ApplicableItem;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of handling an application (条例 arts 30–37, 45), each carrying the version it was read with and the
 * day it took effect. The clock rules live in {@link StatutoryClock}; what each step may do is checked here.
 */
@Service
@Transactional
class RequestWorkflow {

    private static final Set<RequestStatus> RUNNING = EnumSet.of(RequestStatus.REGISTERED, RequestStatus.HANDLING);

    private final RequestStore store;
    private final StatutoryClock clock;
    private final DataScopes scopes;
    private final NegativeListApi negativeList;
    private final DisclosureRequestMapper mapper;
    private final AuditTrail audit;

    RequestWorkflow(RequestStore store, StatutoryClock clock, DataScopes scopes, NegativeListApi negativeList,
            DisclosureRequestMapper mapper, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.scopes = scopes;
        this.negativeList = negativeList;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** 审核: the application is accepted for handling */
    RequestView accept(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, EnumSet.of(RequestStatus.REGISTERED));
        LocalDate on = effectiveOn(step, r.receivedOn());
        RequestRow next = r.copy();
        next.status = RequestStatus.HANDLING;
        return finish(next, "ACCEPT", r, on, step.comment(), user);
    }

    /** art 30: one 补正 notice, within 7 working days of receipt; the clock stops until the 补正 arrives */
    RequestView correctionRequest(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, RUNNING);
        if (r.correctionSentOn() != null) {
            throw ApiException.conflict("illegal-transition", "补正告知只能一次性发出，该申请已发出过补正告知");
        }
        LocalDate on = effectiveOn(step, r.receivedOn());
        LocalDate noticeBy = clock.correctionNoticeBy(r.receivedOn());
        if (on.isAfter(noticeBy)) {
            throw ApiException.invalidField("date", "补正告知应在收到申请之日起7个工作日内（" + noticeBy + " 前）发出");
        }
        if (step.applicantDeadline() == null || !step.applicantDeadline().isAfter(on)) {
            throw ApiException.invalidField("applicantDeadline", "请填写申请人补正的合理期限（晚于告知日期）");
        }
        requireComment(step, "请一次性写明需要补正的事项");
        RequestRow next = r.copy();
        next.status = RequestStatus.WAITING_FOR_APPLICANT;
        next.correctionSentOn = on;
        next.applicantDeadline = step.applicantDeadline();
        return finish(next, "CORRECTION_REQUEST", r, on, step.comment(), user);
    }

    /** art 30: the clock restarts, 20 working days from the receipt of the 补正 */
    RequestView correctionReceived(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, EnumSet.of(RequestStatus.WAITING_FOR_APPLICANT));
        LocalDate on = effectiveOn(step, r.correctionSentOn());
        RequestRow next = r.copy();
        next.status = RequestStatus.HANDLING;
        next.correctionReceivedOn = on;
        next.clockStart = on;
        return finish(next, "CORRECTION_RECEIVED", r, on, step.comment(), user);
    }

    /** arts 32–34: consulting a third party (15 working days to reply) or another organ pauses the clock */
    RequestView consultationStart(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, RUNNING);
        if (!"THIRD_PARTY".equals(step.kind()) && !"OTHER_ORGAN".equals(step.kind())) {
            throw ApiException.invalidField("kind", "请选择征求意见的对象：第三方（THIRD_PARTY）或其他机关（OTHER_ORGAN）");
        }
        LocalDate on = effectiveOn(step, r.clockStart());
        RequestRow next = r.copy();
        next.status = RequestStatus.CONSULTING;
        next.pausedSince = on;
        next.consultationKind = step.kind();
        return finish(next, "CONSULTATION_START", r, on, step.comment(), user);
    }

    /** the consultation's working days (after its start, up to and including its end) are added to the period */
    RequestView consultationEnd(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, EnumSet.of(RequestStatus.CONSULTING));
        LocalDate on = effectiveOn(step, r.pausedSince());
        RequestRow next = r.copy();
        next.status = RequestStatus.HANDLING;
        next.pausedDays = r.pausedDays() + clock.workingDaysBetween(r.pausedSince(), on);
        next.pausedSince = null;
        return finish(next, "CONSULTATION_END", r, on, step.comment(), user);
    }

    /** art 33: at most 20 more working days, approved by a REVIEWER of the org with a reason, before the due date */
    RequestView extension(long id, StepRequest step, CurrentUser user) {
        RequestRow r = store.readable(id, user);
        if (!scopes.reviewable(user).covers(r.orgId())) {
            throw ApiException.forbidden("延长答复期限须经受理机关的审核人员（政府信息公开工作机构负责人）同意");
        }
        RequestStore.checkVersion(r, step.version());
        requireStatus(r, EnumSet.of(RequestStatus.REGISTERED, RequestStatus.HANDLING, RequestStatus.CONSULTING));
        int left = StatutoryClock.MAX_EXTENSION_DAYS - r.extensionDays();
        if (step.days() == null || step.days() < 1 || step.days() > left) {
            throw ApiException.invalidField("days", left == 0 ? "答复期限已延长过20个工作日，不能再延长"
                    : "延长的期限应为1至" + left + "个工作日（条例第三十三条：延长期限最长不超过20个工作日）");
        }
        requireComment(step, "请说明延长答复期限的理由");
        LocalDate today = clock.today();
        LocalDate due = clock.due(r, today).deadline();
        if (today.isAfter(due)) {
            throw ApiException.conflict("illegal-transition", "答复期限（" + due + "）已过，不能再延长");
        }
        RequestRow next = r.copy();
        next.extensionDays = r.extensionDays() + step.days();
        next.extensionReason = step.comment().strip();
        return finish(next, "EXTENSION", r, today, "延长" + step.days() + "个工作日：" + step.comment().strip(), user);
    }

    /** 答复: one outcome row of the annual report; a refusal cites applicable negative-list items */
    RequestView answer(long id, AnswerRequest body, CurrentUser user) {
        RequestRow r = store.handled(id, user);
        RequestStore.checkVersion(r, body.version());
        if (body.outcome() == null) {
            throw ApiException.invalidField("outcome", "请选择答复结果");
        }
        if (body.text() == null || body.text().isBlank()) {
            throw ApiException.invalidField("text", "请填写答复内容");
        }
        Outcome outcome = body.outcome();
        LocalDate today = clock.today();
        checkAnswerState(r, outcome, today);
        Map<Long, ApplicableItem> cited = citations(r, outcome, body.negativeItemIds());
        RequestRow next = r.copy();
        next.status = RequestStatus.ANSWERED;
        next.outcome = outcome;
        next.answerText = body.text().strip();
        next.answeredOn = today;
        next.article = body.article() == null || body.article().isBlank() ? outcome.article() : body.article().strip();
        RequestView view = finish(next, "ANSWER", r, today, outcome.reportRow(), user);
        cited.values().forEach(item -> mapper.insertCitation(r.id(), item.id(), item.code(), item.name(),
                item.category().name(), today));
        audit.note("outcome", outcome.name());
        audit.note("negativeItemIds", List.copyOf(cited.keySet()));
        return cited.isEmpty() ? view : store.view(mapper.find(r.id()).orElseThrow(), true);
    }

    private void checkAnswerState(RequestRow r, Outcome outcome, LocalDate today) {
        if (r.status() == RequestStatus.CONSULTING) {
            throw ApiException.conflict("illegal-transition", "征求意见尚未结束，请先登记征求意见结束");
        }
        if (r.status() == RequestStatus.WAITING_FOR_APPLICANT) {
            if (outcome != Outcome.NO_CORRECTION) {
                throw ApiException.conflict("illegal-transition", "申请人补正前只能以“逾期不补正”答复，或登记收到补正");
            }
            if (!today.isAfter(r.applicantDeadline())) {
                throw ApiException.invalidField("outcome", "补正期限（" + r.applicantDeadline() + "）尚未届满，不能视为放弃申请");
            }
            return;
        }
        requireStatus(r, RUNNING);
        if (outcome == Outcome.NO_CORRECTION) {
            throw ApiException.invalidField("outcome", "该申请未发出补正告知或已收到补正，不能以“逾期不补正”答复");
        }
        if (outcome == Outcome.UNCLEAR_AFTER_CORRECTION && r.correctionReceivedOn() == null) {
            throw ApiException.invalidField("outcome", "“补正后申请内容仍不明确”只适用于已经补正的申请");
        }
    }

    private Map<Long, ApplicableItem> citations(RequestRow r, Outcome outcome, List<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (!outcome.isRefusal()) {
            if (!wanted.isEmpty()) {
                throw ApiException.invalidField("negativeItemIds", "只有不予公开或部分公开的答复引用负面清单事项");
            }
            return Map.of();
        }
        if (wanted.isEmpty()) {
            throw ApiException.invalidField("negativeItemIds",
                    "不予公开（含部分公开中不予公开的部分）须引用至少一项适用于本机关依申请公开的负面清单事项");
        }
        Map<Long, ApplicableItem> applicable = negativeList.onRequest(r.orgId()).stream()
                .collect(Collectors.toMap(ApplicableItem::id, Function.identity(), (a, b) -> a));
        Map<Long, ApplicableItem> cited = new LinkedHashMap<>();
        for (Long id : wanted) {
            ApplicableItem item = applicable.get(id);
            if (item == null) {
                throw ApiException.invalidField("negativeItemIds", "负面清单事项 " + id
                        + " 不适用于本机关的依申请公开（须为已发布的、本机关的特性事项或本机关及上级机关的共性事项，且适用于依申请公开）");
            }
            cited.put(id, item);
        }
        if (outcome.category() != null
                && cited.values().stream().noneMatch(i -> i.category() == outcome.category())) {
            throw ApiException.invalidField("negativeItemIds", "答复结果为“" + outcome.category().displayName()
                    + "”，但引用的负面清单事项都不属于这一情形");
        }
        return cited;
    }

    private RequestRow begin(long id, StepRequest step, CurrentUser user, Set<RequestStatus> allowed) {
        RequestRow r = store.handled(id, user);
        RequestStore.checkVersion(r, step.version());
        requireStatus(r, allowed);
        return r;
    }

    private static void requireStatus(RequestRow r, Set<RequestStatus> allowed) {
        if (!allowed.contains(r.status())) {
            throw ApiException.conflict("illegal-transition", "该申请当前为“" + r.status().displayName() + "”，不能进行此操作");
        }
    }

    private static void requireComment(StepRequest step, String message) {
        if (step.comment() == null || step.comment().isBlank()) {
            throw ApiException.invalidField("comment", message);
        }
    }

    /** the step's date: given or today; not in the future and not before {@code notBefore} */
    private LocalDate effectiveOn(StepRequest step, LocalDate notBefore) {
        LocalDate today = clock.today();
        LocalDate on = step.date() == null ? today : step.date();
        if (on.isAfter(today)) {
            throw ApiException.invalidField("date", "日期不能晚于今天");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw ApiException.invalidField("date", "日期不能早于 " + notBefore);
        }
        return on;
    }

    private RequestView finish(RequestRow next, String action, RequestRow before, LocalDate on, String comment,
            CurrentUser user) {
        audit.target("APPLICATION", before.id());
        audit.note("action", action);
        RequestRow saved = store.save(next, action, before.status(), on, comment, user.username());
        return store.view(saved, true);
    }

    /** 归档 */
    RequestView archive(long id, StepRequest step, CurrentUser user) {
        RequestRow r = begin(id, step, user, EnumSet.of(RequestStatus.ANSWERED));
        RequestRow next = r.copy();
        next.status = RequestStatus.ARCHIVED;
        next.archivedOn = clock.today();
        return finish(next, "ARCHIVE", r, next.archivedOn, step.comment(), user);
    }
}
