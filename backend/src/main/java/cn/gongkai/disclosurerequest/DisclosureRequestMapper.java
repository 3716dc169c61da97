package cn.gongkai.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code disclosure_request} and its steps, citations and supervisors' opinions. */
@Mapper
interface DisclosureRequestMapper {

    void insert(@Param("row") RequestRow row);

    @org.apache.ibatis.annotations.Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    Optional<RequestRow> find(@Param("id") long id);

    Optional<RequestRow> findByReceipt(@Param("receiptNumber") String receiptNumber);

    /** writes the state of {@code row} if its version is still {@code row.version()}; 0 when it is not */
    int update(@Param("row") RequestRow row, @Param("at") Instant at, @Param("by") String by);

    List<RequestRow> list(@Param("f") RequestFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("f") RequestFilter filter);

    void insertStep(@Param("requestId") long requestId, @Param("at") Instant at, @Param("actor") String actor,
            @Param("action") String action, @Param("fromStatus") RequestStatus from,
            @Param("toStatus") RequestStatus to, @Param("effectiveOn") LocalDate effectiveOn,
            @Param("comment") String comment);

    List<StepRow> steps(@Param("requestId") long requestId);

    void insertCitation(@Param("requestId") long requestId, @Param("itemId") long itemId,
            @Param("code") String code, @Param("name") String name, @Param("category") String category,
            @Param("citedOn") LocalDate citedOn);

    List<CitationRow> citations(@Param("requestIds") Collection<Long> requestIds);

    List<CitationCount> citationCounts(@Param("itemId") long itemId);

    /** refusals (不予公开 rows and 部分公开) answered by these orgs, in a year when given */
    List<RequestRow> refusals(@Param("orgIds") Collection<Long> orgIds, @Param("year") Integer year,
            @Param("offset") long offset, @Param("limit") int limit);

    long countRefusals(@Param("orgIds") Collection<Long> orgIds, @Param("year") Integer year);

    void upsertOpinion(@Param("requestId") long requestId, @Param("opinion") String opinion,
            @Param("comment") String comment, @Param("at") Instant at, @Param("by") String by);

    List<OpinionRow> opinions(@Param("requestIds") Collection<Long> requestIds);

    /** the open applications whose clock runs, for the daily job */
    List<RequestRow> running(@Param("afterId") long afterId, @Param("limit") int limit);

    void markDue(@Param("id") long id, @Param("dueFlag") String dueFlag);

    /** 表三 counts: received in [from, to] per applicant column */
    List<TallyRow> receivedBetween(@Param("orgId") long orgId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** received before {@code day} and not answered before it, per applicant column */
    List<TallyRow> openAt(@Param("orgId") long orgId, @Param("day") LocalDate day);

    /** answered in [from, to], per outcome and applicant column */
    List<TallyRow> answeredBetween(@Param("orgId") long orgId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** the applications of one applicant (by ID number) to an org received in [from, to] */
    long countByApplicant(@Param("orgId") long orgId, @Param("idNumber") String idNumber,
            @Param("from") LocalDate from, @Param("to") LocalDate to);

    record StepRow(long id, Instant at, String actor, String action, RequestStatus fromStatus,
            RequestStatus toStatus, LocalDate effectiveOn, String comment) {
    }

    record CitationRow(long requestId, long negativeItemId, String itemCode, String itemName, String category,
            LocalDate citedOn) {
    }

    record CitationCount(int year, long count, LocalDate lastCitedOn) {
    }

    record OpinionRow(long requestId, String opinion, String comment, Instant givenAt, String givenBy) {
    }

    record TallyRow(String outcome, String applicantColumn, long count) {
    }
}
