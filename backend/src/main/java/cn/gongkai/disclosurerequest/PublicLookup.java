package cn.gongkai.disclosurerequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.org.OrgApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an applicant sees with the receipt number and the lookup code: status, dates, the outcome — nothing else. */
@Service
@Transactional(readOnly = true)
class PublicLookup {

    private final DisclosureRequestMapper mapper;
    private final StatutoryClock clock;
    private final OrgApi orgs;

    PublicLookup(DisclosureRequestMapper mapper, StatutoryClock clock, OrgApi orgs) {
        this.mapper = mapper;
        this.clock = clock;
        this.orgs = orgs;
    }

    Status status(String receiptNumber, String code) {
        RequestRow r = mapper.findByReceipt(receiptNumber == null ? "" : receiptNumber.strip())
                .filter(row -> code != null && matches(row.lookupCodeHash(), code.strip().toUpperCase()))
                .orElseThrow(() -> ApiException.notFound("申请编号或查询码不正确"));
        StatutoryClock.ClockView c = clock.view(r);
        return new Status(r.receiptNumber(), orgs.names(List.of(r.orgId())).get(r.orgId()), r.status(),
                r.status().displayName(), r.receivedOn(), c.dueDate(), c.remainingWorkingDays(),
                c.overdueWorkingDays(), c.overdue(), c.applicantDeadline(), r.outcome(),
                r.outcome() == null ? null : r.outcome().reportRow(), r.answeredOn());
    }

    private static boolean matches(String hash, String code) {
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                DisclosureRequests.sha256(code).getBytes(StandardCharsets.US_ASCII));
    }

    record Status(String receiptNumber, String orgName, RequestStatus status, String statusName, LocalDate receivedAt,
            LocalDate dueDate, Integer remainingWorkingDays, Integer overdueWorkingDays, boolean overdue,
            LocalDate correctionDeadline, Outcome outcome, String outcomeName, LocalDate answeredOn) {
    }
}
