package cn.gongkai.statute;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of POST and PUT {@code /api/v1/code-tables/statutes}. On POST a blank {@code code} is generated; on PUT it
 * only names the statute (codes never change). {@code repealedOn} and {@code replacedBy} belong to a repealed
 * statute only.
 */
public record StatuteCommand(
        @Pattern(regexp = StatuteCommand.CODE_PATTERN, message = StatuteCommand.CODE_MESSAGE) String code,
        @NotBlank(message = "请填写法规名称") @SingleLineText(message = "法规名称" + SingleLineText.MESSAGE)
        @Size(max = 200, message = "法规名称不能超过200个字符") String title,
        @Size(max = 20, message = "简称最多20个")
        List<@NotBlank(message = "简称不能为空") @SingleLineText(message = "简称" + SingleLineText.MESSAGE)
            @Size(max = 200, message = "简称不能超过200个字符") String> aliases,
        @Size(max = 100, message = "文号不能超过100个字符") String docNumber,
        LocalDate currentVersion,
        LocalDate adoptedOn,
        Boolean repealed,
        LocalDate repealedOn,
        @Pattern(regexp = StatuteCommand.CODE_PATTERN, message = "替代法规的编码格式不正确") String replacedBy,
        @Size(max = 500, message = "备注不能超过500个字符") String note,
        @Size(max = 200, message = "条款变更最多200条")
        List<@Valid @NotNull(message = "条款变更不能为空") ArticleChange> articleChanges) {

    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    static final String CODE_MESSAGE = "编码须以大写字母开头，由大写字母、数字和下划线组成，长度2到64位";

    public StatuteCommand {
        aliases = aliases == null ? List.of() : aliases;
        articleChanges = articleChanges == null ? List.of() : articleChanges;
    }

    boolean isRepealed() {
        return Boolean.TRUE.equals(repealed);
    }
}
