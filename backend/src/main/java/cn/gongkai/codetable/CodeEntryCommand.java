package cn.gongkai.codetable;

import cn.gongkai.common.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of POST and PUT {@code /api/v1/code-tables/{table}}. On PUT the code only names the entry (it never changes);
 * a null {@code sortOrder} or {@code active} keeps the current value, {@code note} is replaced as given.
 */
public record CodeEntryCommand(
        @Pattern(regexp = CodeEntryCommand.CODE_PATTERN, message = CodeEntryCommand.CODE_MESSAGE) String code,
        @NotBlank(message = "名称不能为空") @SingleLineText(message = "名称" + SingleLineText.MESSAGE)
        @Size(max = 100, message = "名称不能超过100个字符") String name,
        Integer sortOrder,
        Boolean active,
        @Size(max = 500, message = "说明不能超过500个字符") String note) {

    /** codes are English identifiers other features store and switch on, never parsed for meaning */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    public static final String CODE_MESSAGE = "编码须以大写字母开头，由大写字母、数字和下划线组成，长度2到64位";
}
