package cn.gongkai.item;

/** What happened to an item, as its history records it. */
public enum ItemAction {
    CREATE("新建"),
    UPDATE("修改"),
    SUBMIT("提交审核"),
    WITHDRAW("撤回"),
    APPROVE("审核通过"),
    REJECT("退回"),
    ARCHIVE("归档"),
    /** 定期审查 (条例 art 18): a periodic review that leaves the content as it is */
    REVIEW("定期审查");

    private final String displayName;

    ItemAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
