package cn.gongkai.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import cn.gongkai.common.Clocks;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.supervision.CoverageReports.CoverageReport;
import cn.gongkai.supervision.CoverageReports.CoverageRow;
import cn.gongkai.supervision.Gaps.GapItem;
import cn.gongkai.supervision.SupervisionMapper.OrgNode;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage report as an .xlsx for printing: a sheet with the table (the org's own row, each child, 合计) and a
 * sheet with every gap and its reason. Header rows are frozen and repeated on every printed page, rates are
 * percentages (an empty cell where the rate is "—"), pages are A4 landscape, one page wide. Written by FastExcel's
 * streaming writer, so a province's gap list does not sit in memory as a workbook.
 */
@Service
@Transactional(readOnly = true)
class CoverageExport {

    private static final String PERCENT = "0.0%";

    private final SupervisionAccess access;
    private final CoverageReports reports;
    private final Gaps gaps;

    CoverageExport(SupervisionAccess access, CoverageReports reports, Gaps gaps) {
        this.access = access;
        this.reports = reports;
        this.gaps = gaps;
    }

    /** checks access before anything is written: errors can still be problem+json */
    OrgNode target(Long orgId, CurrentUser user) {
        return access.supervisedOrg(orgId, user);
    }

    void write(OrgNode org, OutputStream out) throws IOException {
        CoverageReport report = reports.report(org);
        List<GapItem> gapItems = gaps.all(org);
        Workbook wb = new Workbook(out, "Gongkai", "1.0");
        String title = org.name() + " 政务公开覆盖情况（截至 "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(report.asOf(), Clocks.ZONE)) + "）";
        table(wb.newWorksheet("覆盖情况"), title, report);
        gapSheet(wb.newWorksheet("问题清单"), title, gapItems);
        wb.finish();
    }

    private record Column(String header, double width, Function<CoverageRow, Object> value, boolean percent) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("机构", 28, r -> r.self() ? r.orgName() + "（本级）" : r.orgName(), false),
            new Column("权责事项", 10, r -> r.metrics().powerItems(), false),
            new Column("已覆盖权责事项", 12, r -> r.metrics().coveredPowerItems(), false),
            new Column("公共服务事项", 12, r -> r.metrics().serviceItems(), false),
            new Column("已覆盖公共服务事项", 14, r -> r.metrics().coveredServiceItems(), false),
            new Column("覆盖率", 10, r -> r.metrics().coverage(), true),
            new Column("目录事项", 10, r -> r.metrics().catalogueItems(), false),
            new Column("要素完整", 10, r -> r.metrics().completeCatalogueItems(), false),
            new Column("要素完整率", 10, r -> r.metrics().elementCompleteness(), true),
            new Column("负面清单事项", 12, r -> r.metrics().negativeItems(), false),
            new Column("依据有效", 10, r -> r.metrics().negativeItemsWithValidBasis(), false),
            new Column("依据质量", 10, r -> r.metrics().basisQuality(), true),
            new Column("嵌套事项", 10, r -> r.metrics().nestedItems(), false),
            new Column("嵌套率", 10, r -> r.metrics().nestingRate(), true),
            new Column("领域覆盖率", 10, r -> r.metrics().domainCoverage(), true),
            new Column("逾期审查", 10, r -> r.metrics().overdueReviews(), false));

    private static void table(Worksheet ws, String title, CoverageReport report) {
        ws.value(0, 0, title);
        ws.style(0, 0).bold().fontSize(14).set();
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(1, c, COLUMNS.get(c).header());
            ws.width(c, COLUMNS.get(c).width());
        }
        header(ws, 1, COLUMNS.size());
        int row = 2;
        for (CoverageRow r : report.rows()) {
            values(ws, row++, r, false);
        }
        values(ws, row, new CoverageRow(report.orgId(), "合计（" + report.orgName() + "全辖）", false, false,
                report.totals()), true);
        ws.value(row + 2, 0, "说明：比率的分母为0时留空（页面显示“—”）；只统计已发布事项；负面清单含上级机构的共性事项。");
        print(ws, 2, "覆盖情况");
    }

    private static void values(Worksheet ws, int row, CoverageRow r, boolean bold) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column col = COLUMNS.get(c);
            Object v = col.value().apply(r);
            if (v instanceof Number n) {
                ws.value(row, c, n);
            } else if (v != null) {
                ws.value(row, c, v.toString());
            }
            var style = ws.style(row, c).borderStyle("thin");
            if (col.percent()) {
                style = style.format(PERCENT);
            }
            if (bold) {
                style = style.bold();
            }
            style.set();
        }
    }

    private static final String[] GAP_HEADERS = {"问题类型", "所属机构", "清单", "编码", "名称", "原因", "应审查日期", "提交时间"};
    private static final double[] GAP_WIDTHS = {22, 24, 10, 18, 36, 60, 12, 18};

    private static void gapSheet(Worksheet ws, String title, List<GapItem> items) {
        ws.value(0, 0, title + " — 问题清单（共 " + items.size() + " 项）");
        ws.style(0, 0).bold().fontSize(14).set();
        for (int c = 0; c < GAP_HEADERS.length; c++) {
            ws.value(1, c, GAP_HEADERS[c]);
            ws.width(c, GAP_WIDTHS[c]);
        }
        header(ws, 1, GAP_HEADERS.length);
        int row = 2;
        for (GapItem g : items) {
            ws.value(row, 0, g.typeName());
            ws.value(row, 1, g.orgName());
            ws.value(row, 2, kindName(g.kind()));
            ws.value(row, 3, g.code());
            ws.value(row, 4, g.name());
            ws.value(row, 5, g.reason());
            if (g.dueDate() != null) {
                ws.value(row, 6, g.dueDate());
                ws.style(row, 6).format("yyyy-mm-dd").set();
            }
            if (g.submittedAt() != null) {
                ws.value(row, 7, g.submittedAt().atZone(Clocks.ZONE).toLocalDateTime());
                ws.style(row, 7).format("yyyy-mm-dd hh:mm").set();
            }
            ws.style(row, 5).wrapText(true).set();
            row++;
        }
        if (items.isEmpty()) {
            ws.value(2, 0, "没有发现问题");
        }
        print(ws, 2, "问题清单");
    }

    private static void header(Worksheet ws, int row, int columns) {
        ws.range(row, 0, row, columns - 1).style().bold().fillColor("DDEBF7").wrapText(true).borderStyle("thin")
                .set();
    }

    /** frozen header, header rows on every page, A4 landscape one page wide, page numbers */
    private static void print(Worksheet ws, int headerRows, String name) {
        ws.freezePane(1, headerRows);
        ws.repeatRows(0, headerRows - 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.header(name, Position.CENTER);
        ws.footer("第 &P 页，共 &N 页", Position.CENTER);
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case "POWER" -> "权责清单";
            case "SERVICE" -> "公共服务清单";
            case "CATALOGUE" -> "政务公开事项目录";
            case "NEGATIVE" -> "负面清单";
            default -> kind;
        };
    }
}
