package cn.gongkai.disclosurerequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.disclosurerequest.Applicant.Type;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.CitationCount;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.CitationRow;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.OpinionRow;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import cn.gongkai.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报备: every refusal (不予公开, and 部分公开 for its withheld part) is filed with the supervisors over the org. They
 * see it with the negative-list items it cites (never the applicant's personal data) and mark it 同意 or 有异议.
 * Access as for the supervision metrics: a SUPERVISOR, for orgs in its subtree (others 403; an org outside: 404).
 */
@Service
@Transactional
class Refusals {

    private final DisclosureRequestMapper mapper;
    private final DataScopes scopes;
    private final OrgApi orgs;
    private final StatutoryClock clock;
    private final AuditTrail audit;

    Refusals(DisclosureRequestMapper mapper, DataScopes scopes, OrgApi orgs, StatutoryClock clock,
            AuditTrail audit) {
        this.mapper = mapper;
        this.scopes = scopes;
        this.orgs = orgs;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PageResult<RefusalView> list(Long orgId, Integer year, CurrentUser user, PageQuery page) {
        requireSupervisor(user);
        Long id = orgId != null ? orgId : user.orgId();
        if (id == null) {
            throw ApiException.invalidField("orgId", "请指定机构（orgId）");
        }
        OrgRef org = orgs.find(id).filter(o -> scopes.supervised(user).covers(o.id()))
                .orElseThrow(() -> ApiException.notFound("机构不存在或不在您的监督范围内"));
        List<Long> orgIds = orgs.subtreeIds(org.id());
        List<RequestRow> rows = mapper.refusals(orgIds, year, page.offset(), page.size());
        return page.result(views(rows), mapper.countRefusals(orgIds, year));
    }

    RefusalView opinion(long id, String opinion, String comment, CurrentUser user) {
        requireSupervisor(user);
        RequestRow r = mapper.find(id).filter(row -> scopes.supervised(user).covers(row.orgId()))
                .filter(row -> row.outcome() != null && row.outcome().isRefusal())
                .orElseThrow(() -> ApiException.notFound("报备的不予公开答复不存在或不在您的监督范围内"));
        if (!"AGREE".equals(opinion) && !"OBJECTION".equals(opinion)) {
            throw ApiException.invalidField("opinion", "意见只能是同意（AGREE）或有异议（OBJECTION）");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if ("OBJECTION".equals(opinion) && text == null) {
            throw ApiException.invalidField("comment", "有异议时请写明理由");
        }
        mapper.upsertOpinion(id, opinion, text, clock.now(), user.username());
        audit.target("APPLICATION", id);
        audit.note("opinion", opinion);
        return views(List.of(r)).get(0);
    }

    /** how often a negative item was cited by refusals, per year of the answer */
    @Transactional(readOnly = true)
    CitationStats citations(long negativeItemId) {
        List<CitationCount> years = mapper.citationCounts(negativeItemId);
        long total = years.stream().mapToLong(CitationCount::count).sum();
        int thisYear = clock.today().getYear();
        long lastThree = years.stream().filter(y -> y.year() > thisYear - 3).mapToLong(CitationCount::count).sum();
        LocalDate last = years.stream().map(CitationCount::lastCitedOn).max(LocalDate::compareTo).orElse(null);
        return new CitationStats(negativeItemId, total, lastThree, last, years.stream()
                .map(y -> new YearCount(y.year(), y.count())).toList());
    }

    private static void requireSupervisor(CurrentUser user) {
        if (!user.has(Role.SUPERVISOR)) {
            throw ApiException.forbidden("只有监督人员可以查看和审查报备的不予公开答复");
        }
    }

    private List<RefusalView> views(List<RequestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(RequestRow::id).toList();
        Map<Long, List<CitationRow>> citations = mapper.citations(ids).stream()
                .collect(Collectors.groupingBy(CitationRow::requestId));
        Map<Long, OpinionRow> opinions = mapper.opinions(ids).stream()
                .collect(Collectors.toMap(OpinionRow::requestId, Function.identity()));
        Map<Long, String> names = orgs.names(rows.stream().map(RequestRow::orgId).distinct().toList());
        return rows.stream().map(r -> {
            OpinionRow o = opinions.get(r.id());
            return new RefusalView(r.id(), r.receiptNumber(), r.orgId(), names.get(r.orgId()), r.applicantType(),
                    Applicant.column(r.applicantType(), r.applicantType() == Type.LEGAL_PERSON
                            ? r.applicantSubtype() : null),
                    r.description(), r.receivedOn(), r.answeredOn(), r.outcome(), r.outcome().reportRow(),
                    r.article(), r.answerText(), citations.getOrDefault(r.id(), List.of()).stream()
                            .map(RequestView.Citation::from).toList(),
                    o == null ? null : new Opinion(o.opinion(), o.comment(), o.givenAt(), o.givenBy()));
        }).toList();
    }

    record RefusalView(long id, String receiptNumber, long orgId, String orgName, Type applicantType,
            String applicantColumn, String description, LocalDate receivedOn, LocalDate answeredOn,
            Outcome outcome, String outcomeRow, String article, String answerText,
            List<RequestView.Citation> citations, Opinion opinion) {
    }

    record Opinion(String opinion, String comment, Instant givenAt, String givenBy) {
    }

    /**
     * {@code citedInLastThreeYears} = 0 marks a candidate for the art 18 review; a high count a candidate for
     * proactive publication (art 44).
     */
    record CitationStats(long negativeItemId, long total, long citedInLastThreeYears, LocalDate lastCitedOn,
            List<YearCount> byYear) {
    }

    record YearCount(int year, long count) {
    }
}
