package cn.gongkai.catalogueitem;

/** The event a 公开时限 counts from, or that it has none (实时 / 及时). */
public enum TimeAnchor {
    /** 信息形成或者变更之日起 */
    FORMED_OR_CHANGED,
    /** 制作或获取信息之日起 */
    OBTAINED,
    /** 作出行政决定之日起 */
    DECIDED,
    /** 结果确定后 */
    RESULT_FIXED,
    /** 文件公开后 */
    DOCUMENT_PUBLISHED,
    /** 实时公开: no count */
    REAL_TIME,
    /** 及时公开: no count */
    PROMPT;

    /** anchors that are not followed by a number of days */
    public boolean countless() {
        return this == REAL_TIME || this == PROMPT;
    }
}
