package cn.gongkai.item;

/** docs/DOMAIN.md "Items: the common envelope": the lifecycle with review (动态调整). */
public enum ItemStatus {
    DRAFT("草稿"),
    PENDING_REVIEW("待审核"),
    PUBLISHED("已发布"),
    REJECTED("已退回"),
    ARCHIVED("已归档");

    private final String displayName;

    ItemStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
