package cn.gongkai.serviceitem;

/** 服务对象, GB/T 39046 A.4. */
public enum ServiceObject {
    NATURAL_PERSON("自然人"),
    ENTERPRISE("企业法人"),
    INSTITUTION("事业单位"),
    SOCIAL_ORG("社会组织"),
    GOVERNMENT("行政机关"),
    OTHER("其他");

    private final String displayName;

    ServiceObject(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
