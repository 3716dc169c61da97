package cn.gongkai.disclosurerequest;

import cn.gongkai.negativeitem.NegativeCategory;

/**
 * The answer to an application: one per row of the annual report's applications table (表三 “本年度办理结果”),
 * with the article of 条例 (2019) it rests on. The eight 不予公开 rows are the negative list's categories.
 */
public enum Outcome {
    DISCLOSED("（一）予以公开", "第三十六条第（一）（二）项"),
    PARTIAL("（二）部分公开", "第三十七条"),
    STATE_SECRET(NegativeCategory.STATE_SECRET),
    LAW_PROHIBITED(NegativeCategory.LAW_PROHIBITED),
    SECURITY_STABILITY(NegativeCategory.SECURITY_STABILITY),
    THIRD_PARTY_RIGHTS(NegativeCategory.THIRD_PARTY_RIGHTS),
    INTERNAL_AFFAIRS(NegativeCategory.INTERNAL_AFFAIRS),
    PROCESS_INFO(NegativeCategory.PROCESS_INFO),
    ENFORCEMENT_FILE(NegativeCategory.ENFORCEMENT_FILE),
    ADMIN_QUERY(NegativeCategory.ADMIN_QUERY),
    NOT_HELD("（四）无法提供 1.本机关不掌握相关政府信息", "第三十六条第（四）（五）项"),
    NEEDS_CREATION("（四）无法提供 2.没有现成信息需要另行制作", "第三十八条"),
    UNCLEAR_AFTER_CORRECTION("（四）无法提供 3.补正后申请内容仍不明确", "第三十条"),
    PETITION("（五）不予处理 1.信访举报投诉类申请", "第三十九条第一款"),
    DUPLICATE("（五）不予处理 2.重复申请", "第三十六条第（六）项"),
    PUBLICATION("（五）不予处理 3.要求提供公开出版物", "第三十九条第二款"),
    EXCESSIVE("（五）不予处理 4.无正当理由大量反复申请", "第三十五条"),
    CONFIRMATION("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", null),
    NO_CORRECTION("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    UNPAID_FEE("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER("（六）其他处理 3.其他", null);

    private final String reportRow;
    private final String article;
    private final NegativeCategory category;

    Outcome(String reportRow, String article) {
        this.reportRow = reportRow;
        this.article = article;
        this.category = null;
    }

    Outcome(NegativeCategory category) {
        this.reportRow = "（三）不予公开 " + category.reportRow();
        this.article = category.article();
        this.category = category;
    }

    /** the row of 表三 this answer is counted under */
    public String reportRow() {
        return reportRow;
    }

    /** the article of 条例 (2019) the answer rests on by default; null where the rules name none */
    public String article() {
        return article;
    }

    /** the negative-list category of a 不予公开 row; null for every other row */
    public NegativeCategory category() {
        return category;
    }

    /** 不予公开 or 部分公开: must cite at least one applicable negative-list item and is filed with the supervisors */
    public boolean isRefusal() {
        return category != null || this == PARTIAL;
    }

    static Outcome of(NegativeCategory category) {
        return valueOf(category.name());
    }
}
