package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void oneAdministratorRoleAloneIsAllowed() {
        assertThat(Role.separationViolation(List.of(Role.SYS_ADMIN))).isNull();
        assertThat(Role.separationViolation(List.of())).isNull();
    }

    @Test
    void businessRolesCombineFreely() {
        assertThat(Role.separationViolation(List.of(Role.EDITOR, Role.REVIEWER, Role.SUPERVISOR))).isNull();
    }

    @Test
    void twoAdministratorRolesOrAnAdministratorWithABusinessRoleAreRefused() {
        assertThat(Role.separationViolation(List.of(Role.SYS_ADMIN, Role.AUDIT_ADMIN))).contains("不能由同一账户兼任");
        assertThat(Role.separationViolation(List.of(Role.SECURITY_ADMIN, Role.EDITOR))).contains("业务角色");
    }
}
