package cn.gongkai.codetable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT {@code /api/v1/code-tables/synonyms}; on PUT a null {@code active} keeps the current value. */
public record SynonymCommand(
        Long id,
        @NotBlank(message = "词语不能为空") @Size(max = 50, message = "词语不能超过50个字符") String term,
        @NotBlank(message = "同义词不能为空") @Size(max = 50, message = "同义词不能超过50个字符") String synonym,
        @NotBlank(message = "请填写来源（使用该词的文件或清单）") @Size(max = 200, message = "来源不能超过200个字符") String source,
        Boolean active) {
}
