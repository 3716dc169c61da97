package cn.gongkai.disclosurerequest;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.disclosurerequest.DisclosureRequestMapper.CitationRow;
import cn.gongkai.negativeitem.NegativeCategory;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政府信息公开申请答复告知书: the answer as a printable HTML page (the browser prints it or saves it as PDF), with
 * the applicant, the request, the outcome and its article and, for a refusal, the cited negative-list categories.
 * For the handling org's own users only; the ID number stays masked.
 */
@Service
@Transactional(readOnly = true)
class AnswerLetter {

    private final RequestStore store;
    private final DisclosureRequestMapper mapper;
    private final DataScopes scopes;
    private final OrgApi orgs;

    AnswerLetter(RequestStore store, DisclosureRequestMapper mapper, DataScopes scopes, OrgApi orgs) {
        this.store = store;
        this.mapper = mapper;
        this.scopes = scopes;
        this.orgs = orgs;
    }

    String html(long id, CurrentUser user) {
        RequestRow r = store.readable(id, user);
        if (!scopes.writable(user).covers(r.orgId()) && !scopes.reviewable(user).covers(r.orgId())) {
            throw ApiException.forbidden("只有受理机关的工作人员可以打印答复告知书");
        }
        if (r.outcome() == null) {
            throw ApiException.conflict("illegal-transition", "该申请尚未答复，没有告知书");
        }
        String org = orgs.names(List.of(r.orgId())).get(r.orgId());
        List<CitationRow> citations = mapper.citations(List.of(r.id()));
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>政府信息公开申请答复告知书 ")
                .append(e(r.receiptNumber())).append("</title><style>")
                .append("body{font-family:serif;max-width:44em;margin:2em auto;line-height:1.9;color:#000}")
                .append("h1{text-align:center;font-size:1.6em}p.no{text-align:center}th{text-align:left;padding-right:1em;")
                .append("vertical-align:top;white-space:nowrap}.sign{text-align:right;margin-top:3em}")
                .append("@media print{.noprint{display:none}}</style></head><body>")
                .append("<h1>政府信息公开申请答复告知书</h1><p class=\"no\">申请编号：").append(e(r.receiptNumber()))
                .append("</p><p>").append(e(r.applicantName())).append("：</p><p>本机关于")
                .append(date(r.receivedOn())).append("收到您（单位）提出的政府信息公开申请，所需信息为：“")
                .append(e(r.description())).append("”").append(r.docNumber() == null ? "" : "（" + e(r.docNumber()) + "）")
                .append("。经审查，现答复如下：</p><p>").append(e(r.answerText()).replace("\n", "<br>")).append("</p>")
                .append("<table><tr><th>办理结果</th><td>").append(e(r.outcome().reportRow())).append("</td></tr>")
                .append("<tr><th>依据</th><td>《中华人民共和国政府信息公开条例》")
                .append(r.article() == null ? "" : e(r.article())).append("</td></tr>");
        if (!citations.isEmpty()) {
            b.append("<tr><th>不予公开的理由</th><td><ul>");
            for (CitationRow c : citations) {
                NegativeCategory category = NegativeCategory.valueOf(c.category());
                b.append("<li>").append(e(category.displayName())).append("（").append(e(category.article()))
                        .append("）：").append(e(c.itemName())).append("</li>");
            }
            b.append("</ul></td></tr>");
        }
        b.append("<tr><th>申请人</th><td>").append(e(r.applicantName())).append("，证件号码 ")
                .append(e(PersonalData.maskId(r.idNumber()))).append("</td></tr></table>")
                .append("<p>如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。</p>")
                .append("<p class=\"sign\">").append(e(org)).append("<br>").append(date(r.answeredOn())).append("</p>")
                .append("<p class=\"noprint\"><button type=\"button\" onclick=\"window.print()\">打印</button></p>")
                .append("</body></html>");
        return b.toString();
    }

    private static String e(String s) {
        return s == null ? "" : htmlEscape(s, "UTF-8");
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
