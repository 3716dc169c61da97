package cn.gongkai.org;

import cn.gongkai.common.SingleLineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT {@code /api/v1/orgs}. */
public record OrgCommand(
        @NotBlank(message = "机构编码不能为空") @SingleLineText(message = "机构编码" + SingleLineText.MESSAGE)
        @Size(max = 64, message = "机构编码不能超过64个字符")
        @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "机构编码只能包含字母、数字、下划线、点和连字符") String code,
        @NotBlank(message = "机构名称不能为空") @SingleLineText(message = "机构名称" + SingleLineText.MESSAGE)
        @Size(max = 200, message = "机构名称不能超过200个字符") String name,
        @SingleLineText(message = "简称" + SingleLineText.MESSAGE)
        @Size(max = 100, message = "简称不能超过100个字符") String shortName,
        @NotNull(message = "请选择机构类型") OrgType type,
        @NotNull(message = "请选择机构层级") @Min(value = 1, message = "层级为1到6") @Max(value = 6, message = "层级为1到6") Integer level,
        Long parentId,
        @Pattern(regexp = "\\d{6}(\\d{3}(\\d{3})?)?", message = "行政区划代码应为6、9或12位数字") String regionCode,
        @ValidCreditCode String creditCode,
        Integer sortOrder,
        Boolean enabled) {

    String normalizedCreditCode() {
        return creditCode == null || creditCode.isBlank() ? null : creditCode.trim().toUpperCase();
    }
}
