package cn.gongkai.statute;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A renumbering note of the statute registry: what {@code oldArticle} of the version in force from
 * {@code oldVersion} said is {@code newArticle} of the version in force now. {@code keywords} tell the parts of an
 * old article apart (2008 条例 art 14 ¶4: 国家秘密 → art 14, 商业秘密、个人隐私 → art 15) and let a citation that
 * names no version be recognised as using the old numbering.
 */
public record ArticleChange(
        LocalDate oldVersion,
        @NotBlank(message = "请填写原条款") @Size(max = 50, message = "原条款不能超过50个字符") String oldArticle,
        @NotBlank(message = "请填写现条款") @Size(max = 50, message = "现条款不能超过50个字符") String newArticle,
        @Size(max = 20, message = "关键词最多20个")
        List<@NotBlank(message = "关键词不能为空") @Size(max = 50, message = "关键词不能超过50个字符") String> keywords,
        @Size(max = 200, message = "备注不能超过200个字符") String note) {

    public ArticleChange {
        keywords = keywords == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keywords));
    }
}
