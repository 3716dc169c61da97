package cn.gongkai.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.disclosurerequest.Applicant.Channel;
import cn.gongkai.disclosurerequest.Applicant.Delivery;
import cn.gongkai.disclosurerequest.Applicant.Form;
import cn.gongkai.disclosurerequest.Applicant.IdType;
import cn.gongkai.disclosurerequest.Applicant.Subtype;
import cn.gongkai.disclosurerequest.Applicant.Type;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.CitationRow;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.StepRow;
import cn.gongkai.disclosurerequest.StatutoryClock.ClockView;

/**
 * An application as the console shows it: the ID number, phone, e-mail and address masked (the full values only
 * through {@code POST /api/v1/applications/{id}/personal-data}, with a reason). {@code steps} only in the detail.
 */
record RequestView(long id, long orgId, String orgName, String receiptNumber, Type applicantType,
        Subtype applicantSubtype, String applicantName, IdType idType, String idNumber, String phone, String email,
        String address, String description, String docNumber, Form form, Delivery delivery, Channel channel,
        LocalDate receivedOn, RequestStatus status, String statusName, int version, ClockView clock,
        LocalDate correctionSentOn, LocalDate correctionReceivedOn, String extensionReason, String consultationKind,
        Outcome outcome, String outcomeRow, String answerText, LocalDate answeredOn, String article,
        List<Citation> citations, List<Step> steps, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    static RequestView from(RequestRow r, String orgName, ClockView clock, List<CitationRow> citations,
            List<StepRow> steps) {
        return new RequestView(r.id(), r.orgId(), orgName, r.receiptNumber(), r.applicantType(),
                r.applicantSubtype(), r.applicantName(), r.idType(), PersonalData.maskId(r.idNumber()),
                PersonalData.maskPhone(r.phone()), PersonalData.maskEmail(r.email()),
                PersonalData.maskAddress(r.address()), r.description(), r.docNumber(), r.form(), r.delivery(),
                r.channel(), r.receivedOn(), r.status(), r.status().displayName(), r.version(), clock,
                r.correctionSentOn(), r.correctionReceivedOn(), r.extensionReason(), r.consultationKind(),
                r.outcome(), r.outcome() == null ? null : r.outcome().reportRow(), r.answerText(), r.answeredOn(),
                r.article(), citations.stream().map(Citation::from).toList(),
                steps == null ? null : steps.stream().map(Step::from).toList(), r.createdAt(), r.createdBy(),
                r.updatedAt(), r.updatedBy());
    }

    record Citation(long negativeItemId, String code, String name, String category, LocalDate citedOn) {

        static Citation from(CitationRow c) {
            return new Citation(c.negativeItemId(), c.itemCode(), c.itemName(), c.category(), c.citedOn());
        }
    }

    record Step(Instant at, String actor, String action, RequestStatus fromStatus, RequestStatus toStatus,
            LocalDate effectiveOn, String comment) {

        static Step from(StepRow s) {
            return new Step(s.at(), s.actor(), s.action(), s.fromStatus(), s.toStatus(), s.effectiveOn(),
                    s.comment());
        }
    }
}
