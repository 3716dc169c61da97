package cn.gongkai.negativeitem;

/**
 * Why information is not disclosed (docs/DOMAIN.md "Negative items"): the exemption of 政府信息公开条例 (2019) it rests
 * on, and the row of the annual report (年度报告 表三 "不予公开") it is counted under.
 */
public enum NegativeCategory {
    STATE_SECRET("属于国家秘密", "第十四条", "1.属于国家秘密"),
    LAW_PROHIBITED("其他法律行政法规禁止公开", "第十四条", "2.其他法律行政法规禁止公开"),
    SECURITY_STABILITY("危及“三安全一稳定”", "第十四条", "3.危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS("保护第三方合法权益", "第十五条", "4.保护第三方合法权益"),
    INTERNAL_AFFAIRS("属于三类内部事务信息", "第十六条第一款", "5.属于三类内部事务信息"),
    PROCESS_INFO("属于四类过程性信息", "第十六条第二款", "6.属于四类过程性信息"),
    ENFORCEMENT_FILE("属于行政执法案卷", "第十六条第二款", "7.属于行政执法案卷"),
    ADMIN_QUERY("属于行政查询事项", "第三十六条第（七）项", "8.属于行政查询事项");

    private final String displayName;
    private final String article;
    private final String reportRow;

    NegativeCategory(String displayName, String article, String reportRow) {
        this.displayName = displayName;
        this.article = article;
        this.reportRow = reportRow;
    }

    public String displayName() {
        return displayName;
    }

    /** the article of 条例 (2019) */
    public String article() {
        return article;
    }

    /** the row under 表三 (三)不予公开 of the annual report */
    public String reportRow() {
        return reportRow;
    }
}
