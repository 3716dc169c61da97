package cn.gongkai.disclosurerequest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.disclosurerequest.DisclosureRequestMapper.TallyRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of the register: the numbers of the annual report's applications table (表三) of one
 * org for one year, read from the applications themselves.
 */
@Component
@Transactional(readOnly = true)
public class DisclosureRequestApi {

    /** the applicant columns of 表三, in the printed order, then the total */
    public static final List<String> COLUMNS = List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "PUBLIC_INTEREST",
            "LEGAL_SERVICE", "OTHER", "TOTAL");

    private final DisclosureRequestMapper mapper;

    DisclosureRequestApi(DisclosureRequestMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * 表三 of {@code year} for the org: 一 received in the year; 二 carried over (received before 1 January, not
     * answered before it); 三 answered in the year, per outcome row; 四 carried forward (received by 31 December, not
     * answered by then). For every column 一 + 二 = 三（七）总计 + 四.
     */
    public ApplicationsTable applicationsTable(long orgId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Outcome, Map<String, Long>> results = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            results.put(o, zero());
        }
        Map<String, Long> total = zero();
        for (TallyRow r : mapper.answeredBetween(orgId, from, to)) {
            add(results.get(Outcome.valueOf(r.outcome())), r);
            add(total, r);
        }
        return new ApplicationsTable(orgId, year, columns(mapper.receivedBetween(orgId, from, to)),
                columns(mapper.openAt(orgId, from)), results, total, columns(mapper.openAt(orgId, to.plusDays(1))));
    }

    private static Map<String, Long> columns(List<TallyRow> rows) {
        Map<String, Long> m = zero();
        rows.forEach(r -> add(m, r));
        return m;
    }

    private static Map<String, Long> zero() {
        Map<String, Long> m = new LinkedHashMap<>();
        COLUMNS.forEach(c -> m.put(c, 0L));
        return m;
    }

    private static void add(Map<String, Long> m, TallyRow r) {
        m.merge(r.applicantColumn(), r.count(), Long::sum);
        m.merge("TOTAL", r.count(), Long::sum);
    }

    /** 表三 by row and column ({@link #COLUMNS}); {@code results} has every outcome row, zeros included */
    public record ApplicationsTable(long orgId, int year, Map<String, Long> newlyReceived,
            Map<String, Long> carriedOver, Map<Outcome, Map<String, Long>> results, Map<String, Long> resultsTotal,
            Map<String, Long> carriedForward) {
    }
}
