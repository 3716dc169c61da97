package cn.gongkai.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Roles (docs/DOMAIN.md "Roles"). The three administrators are separated (等保 2.0 三员分立): no account holds two of
 * them, and none of them holds a business role.
 */
public enum Role {
    SYS_ADMIN("系统管理员", true),
    SECURITY_ADMIN("安全管理员", true),
    AUDIT_ADMIN("审计管理员", true),
    EDITOR("编辑", false),
    REVIEWER("审核员", false),
    SUPERVISOR("监督员", false);

    private final String displayName;
    private final boolean administrator;

    Role(String displayName, boolean administrator) {
        this.displayName = displayName;
        this.administrator = administrator;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Why a set of roles breaks 三员分立, or null when it is allowed. */
    public static String separationViolation(Collection<Role> roles) {
        Set<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        long admins = set.stream().filter(Role::isAdministrator).count();
        if (admins > 1) {
            return "三员分立：系统管理员、安全管理员、审计管理员不能由同一账户兼任";
        }
        if (admins == 1 && set.size() > 1) {
            return "三员分立：管理员账户不能同时拥有编辑、审核员或监督员等业务角色";
        }
        return null;
    }
}
