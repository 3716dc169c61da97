package cn.gongkai.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;

import cn.gongkai.disclosurerequest.Applicant.Channel;
import cn.gongkai.disclosurerequest.Applicant.Delivery;
import cn.gongkai.disclosurerequest.Applicant.Form;
import cn.gongkai.disclosurerequest.Applicant.IdType;
import cn.gongkai.disclosurerequest.Applicant.Subtype;
import cn.gongkai.disclosurerequest.Applicant.Type;

/**
 * One row of {@code disclosure_request}, as stored (personal data in full: never returned as is). Mutable so that a
 * step changes a {@link #copy()} and the update writes it back under the version it was read with.
 */
final class RequestRow {

    long id;
    long orgId;
    String receiptNumber;
    String lookupCodeHash;
    Type applicantType;
    Subtype applicantSubtype;
    String applicantName;
    IdType idType;
    String idNumber;
    String phone;
    String email;
    String address;
    String description;
    String docNumber;
    Form form;
    Delivery delivery;
    Channel channel;
    LocalDate receivedOn;
    RequestStatus status;
    int version;
    LocalDate clockStart;
    LocalDate correctionSentOn;
    LocalDate applicantDeadline;
    LocalDate correctionReceivedOn;
    int extensionDays;
    String extensionReason;
    int pausedDays;
    LocalDate pausedSince;
    String consultationKind;
    LocalDate dueDate;
    String dueFlag;
    Outcome outcome;
    String answerText;
    LocalDate answeredOn;
    String article;
    LocalDate archivedOn;
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;

    long id() {
        return id;
    }

    long orgId() {
        return orgId;
    }

    String receiptNumber() {
        return receiptNumber;
    }

    String lookupCodeHash() {
        return lookupCodeHash;
    }

    Type applicantType() {
        return applicantType;
    }

    Subtype applicantSubtype() {
        return applicantSubtype;
    }

    String applicantName() {
        return applicantName;
    }

    IdType idType() {
        return idType;
    }

    String idNumber() {
        return idNumber;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String address() {
        return address;
    }

    String description() {
        return description;
    }

    String docNumber() {
        return docNumber;
    }

    Form form() {
        return form;
    }

    Delivery delivery() {
        return delivery;
    }

    Channel channel() {
        return channel;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    RequestStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    LocalDate clockStart() {
        return clockStart;
    }

    LocalDate correctionSentOn() {
        return correctionSentOn;
    }

    LocalDate applicantDeadline() {
        return applicantDeadline;
    }

    LocalDate correctionReceivedOn() {
        return correctionReceivedOn;
    }

    int extensionDays() {
        return extensionDays;
    }

    String extensionReason() {
        return extensionReason;
    }

    int pausedDays() {
        return pausedDays;
    }

    LocalDate pausedSince() {
        return pausedSince;
    }

    String consultationKind() {
        return consultationKind;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String dueFlag() {
        return dueFlag;
    }

    Outcome outcome() {
        return outcome;
    }

    String answerText() {
        return answerText;
    }

    LocalDate answeredOn() {
        return answeredOn;
    }

    String article() {
        return article;
    }

    LocalDate archivedOn() {
        return archivedOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    RequestRow copy() {
        RequestRow c = new RequestRow();
        c.id = id;
        c.orgId = orgId;
        c.receiptNumber = receiptNumber;
        c.lookupCodeHash = lookupCodeHash;
        c.applicantType = applicantType;
        c.applicantSubtype = applicantSubtype;
        c.applicantName = applicantName;
        c.idType = idType;
        c.idNumber = idNumber;
        c.phone = phone;
        c.email = email;
        c.address = address;
        c.description = description;
        c.docNumber = docNumber;
        c.form = form;
        c.delivery = delivery;
        c.channel = channel;
        c.receivedOn = receivedOn;
        c.status = status;
        c.version = version;
        c.clockStart = clockStart;
        c.correctionSentOn = correctionSentOn;
        c.applicantDeadline = applicantDeadline;
        c.correctionReceivedOn = correctionReceivedOn;
        c.extensionDays = extensionDays;
        c.extensionReason = extensionReason;
        c.pausedDays = pausedDays;
        c.pausedSince = pausedSince;
        c.consultationKind = consultationKind;
        c.dueDate = dueDate;
        c.dueFlag = dueFlag;
        c.outcome = outcome;
        c.answerText = answerText;
        c.answeredOn = answeredOn;
        c.article = article;
        c.archivedOn = archivedOn;
        c.createdAt = createdAt;
        c.createdBy = createdBy;
        c.updatedAt = updatedAt;
        c.updatedBy = updatedBy;
        return c;
    }
}
