package cn.gongkai.catalogueitem;

/** 公开对象 */
public enum Audience {
    /** 全社会 */
    PUBLIC,
    /** 特定群体 */
    SPECIFIC
}
