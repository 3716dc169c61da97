package cn.gongkai.catalogueitem;

/** 公开方式 */
public enum DisclosureMode {
    /** 主动公开 */
    PROACTIVE,
    /** 依申请公开 */
    ON_REQUEST
}
