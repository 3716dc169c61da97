package cn.gongkai.auditlog;

/** What an audit entry records; the Chinese name is what the audit administrator reads. */
public enum AuditAction {
    LOGIN("登录"),
    LOGOUT("退出登录"),
    PASSWORD_CHANGE("修改密码"),
    USER_CREATE("新建用户"),
    USER_UPDATE("修改用户"),
    USER_ROLES("分配角色"),
    USER_RESET_PASSWORD("重置密码"),
    USER_UNLOCK("解锁账户"),
    SECURITY_POLICY_UPDATE("修改安全策略"),
    ORG_CREATE("新建机构"),
    ORG_UPDATE("修改机构"),
    ORG_DELETE("删除机构"),
    ITEM_CREATE("新建事项"),
    ITEM_UPDATE("修改事项"),
    ITEM_DELETE("删除事项"),
    ITEM_SUBMIT("提交审核"),
    ITEM_WITHDRAW("撤回审核"),
    ITEM_APPROVE("审核通过"),
    ITEM_REJECT("审核退回"),
    ITEM_ARCHIVE("归档事项"),
    ITEM_BULK("批量处理事项"),
    ITEM_REVIEW("登记定期审查"),
    ITEM_IMPORT("导入事项"),
    DOMAIN_APPLICABILITY("声明未涉及领域"),
    CODE_ENTRY_CREATE("新增代码"),
    CODE_ENTRY_UPDATE("修改代码"),
    SYNONYM_CREATE("新增同义词"),
    SYNONYM_UPDATE("修改同义词"),
    SYNONYM_DELETE("删除同义词"),
    STATUTE_CREATE("新增法规"),
    STATUTE_UPDATE("修改法规"),
    CITATION_CHECK("核验法规引用"),
    CALENDAR_UPDATE("修改工作日历"),
    SEARCH_REINDEX("重建搜索索引"),
    APPLICATION_SUBMIT("在线提交政府信息公开申请"),
    APPLICATION_REGISTER("登记政府信息公开申请"),
    APPLICATION_UPDATE("修改申请登记"),
    APPLICATION_STEP("办理政府信息公开申请"),
    APPLICATION_ANSWER("答复政府信息公开申请"),
    APPLICATION_PERSONAL_DATA("查看申请人个人信息"),
    REFUSAL_OPINION("不予公开报备意见");

    private final String displayName;

    AuditAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
