package cn.gongkai.disclosurerequest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.security.CurrentUser;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The register as an Excel sheet (the list's filters), personal data masked as in every list. */
@Component
class RegisterExport {

    static final int MAX_ROWS = 20_000;
    private static final List<String> HEADER = List.of("申请编号", "受理机关", "申请人", "申请人类型", "证件号码", "联系电话",
            "收到方式", "收到日期", "所需信息", "办理状态", "答复期限", "剩余/逾期工作日", "办理结果", "依据条款", "答复日期",
            "引用的负面清单事项");

    private final DisclosureRequests requests;

    RegisterExport(DisclosureRequests requests) {
        this.requests = requests;
    }

    /** the first page, read before anything is written, so that a refusal can still be problem+json */
    PageResult<RequestView> first(Long orgId, RequestStatus status, String due, Outcome outcome, Integer year,
            CurrentUser user) {
        return requests.list(orgId, status, due, outcome, year, user, PageQuery.of(1, PageQuery.MAX_SIZE));
    }

    void write(PageResult<RequestView> first, Long orgId, RequestStatus status, String due, Outcome outcome,
            Integer year, CurrentUser user, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Gongkai", "1.0");
        Worksheet ws = wb.newWorksheet("依申请公开登记簿");
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
            ws.style(0, c).bold().set();
        }
        int row = 1;
        PageResult<RequestView> page = first;
        for (int p = 1; ; p++) {
            for (RequestView v : page.items()) {
                write(ws, row++, v);
            }
            if ((long) p * PageQuery.MAX_SIZE >= page.total() || row > MAX_ROWS) {
                break;
            }
            page = requests.list(orgId, status, due, outcome, year, user, PageQuery.of(p + 1, PageQuery.MAX_SIZE));
        }
        ws.freezePane(0, 1);
        wb.finish();
    }

    private static void write(Worksheet ws, int row, RequestView v) {
        StatutoryClock.ClockView c = v.clock();
        String days = v.outcome() != null ? (Boolean.FALSE.equals(c.answeredInTime()) ? "逾期答复" : "按期答复")
                : c.stopped() ? "待补正" : c.overdue() ? "已逾期 " + c.overdueWorkingDays() + " 个工作日"
                : "剩余 " + c.remainingWorkingDays() + " 个工作日";
        Object[] cells = {v.receiptNumber(), v.orgName(), v.applicantName(),
            v.applicantSubtype() == null ? "自然人" : "法人或其他组织", v.idNumber(), v.phone(),
            DisclosureRequests.channelName(v.channel()), v.receivedOn().toString(), v.description(),
            v.status().displayName(), c.dueDate() == null ? "" : c.dueDate().toString(), days,
            v.outcomeRow(), v.article(), v.answeredOn() == null ? "" : v.answeredOn().toString(),
            String.join("；", v.citations().stream().map(x -> x.code() + " " + x.name()).toList())};
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                ws.value(row, i, String.valueOf(cells[i]));
            }
        }
    }
}
