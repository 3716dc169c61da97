package cn.gongkai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gongkai.statute.CitationText.ArticleRef;
import org.junit.jupiter.api.Test;

class CitationTextTest {

    @Test
    void aTitleKeyIgnoresBookMarksSpacesTheNationPrefixAndTrailingParentheses() {
        String key = "政府信息公开条例";
        assertThat(CitationText.titleKey("《中华人民共和国政府信息公开条例》")).isEqualTo(key);
        assertThat(CitationText.titleKey(" 中华人民共和国 政府信息公开条例 ")).isEqualTo(key);
        assertThat(CitationText.titleKey("《政府信息公开条例》（国务院令第711号）")).isEqualTo(key);
        assertThat(CitationText.titleKey("《中华人民共和国政府信息公开条例》(2019年修订)（国务院令第711号）")).isEqualTo(key);
        assertThat(CitationText.titleKey("政府信息公开条例\u3000")).isEqualTo(key);
        assertThat(CitationText.titleKey("《》")).isEmpty();
        assertThat(CitationText.titleKey(null)).isEmpty();
    }

    @Test
    void aTitleInsideTheNameIsKept() {
        assertThat(CitationText.titleKey("关于修改〈中华人民共和国档案法〉的决定")).isEqualTo("关于修改中华人民共和国档案法的决定");
    }

    @Test
    void chineseAndArabicArticleNumbersAreRead() {
        assertThat(CitationText.number("十")).isEqualTo(10);
        assertThat(CitationText.number("十四")).isEqualTo(14);
        assertThat(CitationText.number("二十")).isEqualTo(20);
        assertThat(CitationText.number("三十六")).isEqualTo(36);
        assertThat(CitationText.number("一百零五")).isEqualTo(105);
        assertThat(CitationText.number("一百二十")).isEqualTo(120);
        assertThat(CitationText.number("一千二百四十二")).isEqualTo(1242);
        assertThat(CitationText.number("两百")).isEqualTo(200);
        assertThat(CitationText.number("15")).isEqualTo(15);
        assertThat(CitationText.number("十x")).isZero();
    }

    @Test
    void theFirstArticleAndItsParagraphAreFoundInFreeText() {
        assertThat(CitationText.article("第十四条 不得公开涉及国家秘密、商业秘密、个人隐私的政府信息"))
                .contains(new ArticleRef(14, null, "第十四条"));
        assertThat(CitationText.article("第十六条第二款")).contains(new ArticleRef(16, 2, "第十六条第二款"));
        assertThat(CitationText.article("第 16 条 第 2 款")).contains(new ArticleRef(16, 2, "第16条第2款"));
        assertThat(CitationText.article("第１４条")).contains(new ArticleRef(14, null, "第14条"));
        assertThat(CitationText.article("第三十六条第（七）项")).contains(new ArticleRef(36, null, "第三十六条"));
        assertThat(CitationText.article("全文")).isEmpty();
        assertThat(CitationText.article(null)).isEmpty();
    }

    @Test
    void anOldParagraphCoversACitationWithoutOneButNotAnotherParagraph() {
        ArticleRef old = new ArticleRef(14, 4, "第十四条第四款");
        assertThat(old.covers(new ArticleRef(14, null, "第十四条"))).isTrue();
        assertThat(old.covers(new ArticleRef(14, 4, "第十四条第四款"))).isTrue();
        assertThat(old.covers(new ArticleRef(14, 2, "第十四条第二款"))).isFalse();
        assertThat(old.covers(new ArticleRef(15, null, "第十五条"))).isFalse();
    }

    @Test
    void aVersionIsADateOrAYear() {
        LocalDate since = LocalDate.of(2019, 4, 3);
        var date = CitationText.version("2019-05-15").orElseThrow();
        assertThat(date.date()).isEqualTo(LocalDate.of(2019, 5, 15));
        assertThat(CitationText.version("2008年5月1日").orElseThrow().date()).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(CitationText.version("2019年修订").orElseThrow().year()).isEqualTo(2019);
        assertThat(CitationText.version("２００８").orElseThrow().year()).isEqualTo(2008);
        assertThat(CitationText.version("现行")).isEmpty();
        assertThat(CitationText.version("国务院令第711号")).isEmpty();
        assertThat(CitationText.version("")).isEmpty();
        assertThat(CitationText.version("2019-13-45").orElseThrow().date()).isNull();

        assertThat(CitationText.version("2008").orElseThrow().isBefore(since)).isTrue();
        assertThat(CitationText.version("2019").orElseThrow().isBefore(since)).isFalse();
        assertThat(CitationText.version("2019-04-02").orElseThrow().isBefore(since)).isTrue();
        assertThat(CitationText.version("2019-04-03").orElseThrow().isBefore(since)).isFalse();
    }

    @Test
    void datesReadTheChineseWay() {
        assertThat(CitationText.day(LocalDate.of(2019, 5, 15))).isEqualTo("2019年5月15日");
    }
}
