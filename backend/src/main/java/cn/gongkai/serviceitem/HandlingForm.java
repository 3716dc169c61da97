package cn.gongkai.serviceitem;

/** 办理形式, GB/T 39046 A.5. */
public enum HandlingForm {
    WINDOW("窗口办理"),
    ONLINE_PC("网上办理"),
    ONLINE_MOBILE("移动端办理"),
    POST("邮寄办理"),
    OTHER("其他");

    private final String displayName;

    HandlingForm(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
