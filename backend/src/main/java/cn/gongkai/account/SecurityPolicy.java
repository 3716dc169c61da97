package cn.gongkai.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The password and lockout policy (等保 2.0 8.1.4.1), set by the security administrator. Floors keep it from being
 * weakened below what an assessor accepts (≥ 8 characters, ≥ 2 character classes).
 */
public record SecurityPolicy(
        @NotNull(message = "不能为空") @Min(value = 8, message = "密码最短不能少于8位") @Max(value = 64, message = "不能超过64") Integer minLength,
        @NotNull(message = "不能为空") @Min(value = 2, message = "至少2类字符") @Max(value = 4, message = "最多4类字符") Integer minCharClasses,
        @NotNull(message = "不能为空") @Min(value = 0, message = "0表示不过期") @Max(value = 365, message = "不能超过365天") Integer expiryDays,
        @NotNull(message = "不能为空") @Min(value = 1, message = "至少1次") @Max(value = 10, message = "不能超过10次") Integer maxFailedAttempts,
        @NotNull(message = "不能为空") @Min(value = 1, message = "至少1分钟") @Max(value = 1440, message = "不能超过1440分钟") Integer lockMinutes,
        @NotNull(message = "不能为空") @Min(value = 5, message = "至少5分钟") @Max(value = 120, message = "不能超过120分钟") Integer idleTimeoutMinutes) {

    /** BCrypt reads no more of a password than this (UTF-8 bytes); Spring's encoder refuses longer ones. */
    static final int BCRYPT_MAX_BYTES = 72;

    /** What is wrong with a new password, in Chinese; empty when it is acceptable. */
    List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("密码长度不能少于" + minLength + "位");
        }
        if (password != null) {
            int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                    + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                    + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                    + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
            if (classes < minCharClasses) {
                problems.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少" + minCharClasses + "类");
            }
            if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
                problems.add("密码不能包含用户名");
            }
            if (password.length() > 128) {
                problems.add("密码不能超过128位");
            } else if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                problems.add("密码不能超过" + BCRYPT_MAX_BYTES + "个字节（一个汉字占3个字节）");
            }
        }
        return problems;
    }
}
