package cn.gongkai.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.org.OrgApi;
import cn.gongkai.search.SearchTermCount;
import cn.gongkai.search.SearchTerms;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * 公众检索热词 and 无结果检索词 for a supervisor: the public searches whose org filter lies in the chosen org's subtree
 * or that had no org filter, over a period (default the last 7 days; at most 400 days back). What the public looks
 * for and does not find is a gap in the catalogue.
 */
@Component
class SearchTermReports {

    static final int LIMIT = 100;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionAccess access;
    private final OrgApi orgs;
    private final SearchTerms terms;
    private final SupervisionDates dates;

    SearchTermReports(SupervisionAccess access, OrgApi orgs, SearchTerms terms, SupervisionDates dates) {
        this.access = access;
        this.orgs = orgs;
        this.terms = terms;
        this.dates = dates;
    }

    enum Type {
        TOP, ZERO
    }

    record Request(OrgNode org, LocalDate from, LocalDate to, Type type) {
    }

    Request request(Long orgId, String from, String to, String type, CurrentUser user) {
        OrgNode org = access.supervisedOrg(orgId, user);
        LocalDate today = LocalDate.ofInstant(dates.now(), Clocks.ZONE);
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusDays(6));
        if (start.isAfter(end)) {
            throw ApiException.invalidField("from", "开始日期不能晚于结束日期");
        }
        if (start.isBefore(today.minusDays(400))) {
            throw ApiException.invalidField("from", "检索词只保留最近400天");
        }
        Type t;
        try {
            t = type == null || type.isBlank() ? Type.TOP : Type.valueOf(type.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("type", "type 只能是 TOP（检索热词）或 ZERO（无结果检索词）");
        }
        return new Request(org, start, end, t);
    }

    List<SearchTermCount> terms(Request r) {
        return terms.top(orgs.subtreeIds(r.org().id()), r.from(), r.to(), r.type() == Type.ZERO, LIMIT);
    }

    void write(Request r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Gongkai", "1.0");
        for (Type type : Type.values()) {
            Request one = new Request(r.org(), r.from(), r.to(), type);
            String name = type == Type.TOP ? "公众检索热词" : "无结果检索词";
            Worksheet ws = wb.newWorksheet(name);
            ws.value(0, 0, r.org().name() + " " + name + "（" + r.from() + " 至 " + r.to() + "）");
            ws.style(0, 0).bold().set();
            String[] headers = {"序号", "检索词", type == Type.TOP ? "检索次数" : "无结果次数", "最近检索时间"};
            double[] widths = {8, 40, 12, 20};
            for (int c = 0; c < headers.length; c++) {
                ws.value(1, c, headers[c]);
                ws.width(c, widths[c]);
            }
            ws.range(1, 0, 1, headers.length - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").set();
            List<SearchTermCount> rows = terms(one);
            for (int i = 0; i < rows.size(); i++) {
                SearchTermCount row = rows.get(i);
                ws.value(i + 2, 0, i + 1);
                ws.value(i + 2, 1, row.term());
                ws.value(i + 2, 2, row.count());
                ws.value(i + 2, 3, row.lastSeenAt() == null ? ""
                        : AT.format(LocalDateTime.ofInstant(row.lastSeenAt(), Clocks.ZONE)));
            }
            if (rows.isEmpty()) {
                ws.value(2, 1, "该期间没有记录");
            }
            ws.freezePane(0, 2);
        }
        wb.finish();
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, field + " 须为 YYYY-MM-DD 格式的日期");
        }
    }
}
