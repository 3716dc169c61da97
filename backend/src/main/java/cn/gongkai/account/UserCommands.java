package cn.gongkai.account;

import java.util.List;

import cn.gongkai.common.SingleLineText;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the user administration API. */
final class UserCommands {

    private UserCommands() {
    }

    record CreateUser(
            @NotBlank(message = "用户名不能为空")
            @Pattern(regexp = "[A-Za-z0-9_.\\-]{3,64}", message = "用户名为3到64位字母、数字、下划线、点或连字符") String username,
            @NotBlank(message = "姓名不能为空") @SingleLineText(message = "姓名" + SingleLineText.MESSAGE)
            @Size(max = 100, message = "姓名不能超过100个字符") String displayName,
            @NotNull(message = "请选择所属机构") Long orgId,
            List<Long> extraOrgIds,
            @NotBlank(message = "初始密码不能为空") String initialPassword) {
    }

    record UpdateUser(
            @NotBlank(message = "姓名不能为空") @SingleLineText(message = "姓名" + SingleLineText.MESSAGE)
            @Size(max = 100, message = "姓名不能超过100个字符") String displayName,
            @NotNull(message = "请选择所属机构") Long orgId,
            List<Long> extraOrgIds,
            Boolean enabled) {
    }

    record ResetPassword(@NotBlank(message = "新密码不能为空") String newPassword) {
    }

    record AssignRoles(@NotNull(message = "角色列表不能为空（可以是空数组）") List<Role> roles, ScopeMode dataScope) {
    }
}
