package cn.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthAndLowerCaseKeepingEveryCharacterInPlace() {
        assertThat(SearchText.normalise("ＡＢＣ１２３ＸＫ")).isEqualTo("abc123xk");
        assertThat(SearchText.normalise("国办发〔２０１９〕５４号")).isEqualTo("国办发〔2019〕54号").hasSize(12);
        assertThat(SearchText.normalise("①号")).isEqualTo("1号");
        assertThat(SearchText.normalise("㈠")).as("several characters in NFKC: kept").isEqualTo("㈠");
    }

    @Test
    void termsSplitOnWhitespaceOfBothWidthsAndOnChineseAndAsciiPunctuation() {
        assertThat(SearchText.terms("国办发〔2019〕54号")).containsExactly("国办发", "2019", "54号");
        assertThat(SearchText.terms("农药　经营许可,个人隐私；低保 低保")).containsExactly("农药", "经营许可", "个人隐私", "低保");
        assertThat(SearchText.terms("a:(b \"x\" [1 TO 2] /re/ <script>")).containsExactly("a", "b", "x", "1", "to", "2",
                "re", "script");
        assertThat(SearchText.terms("%  、。")).isEmpty();
        assertThat(SearchText.terms("ＸＫ－００１")).containsExactly("xk", "001");
    }

    @Test
    void aTermIsOnlyLettersAndDigits() {
        assertThat(SearchText.isTerm("最低生活保障")).isTrue();
        assertThat(SearchText.isTerm("12345热线")).isTrue();
        assertThat(SearchText.isTerm("低保 对象")).isFalse();
        assertThat(SearchText.isTerm("低保、")).isFalse();
        assertThat(SearchText.isTerm("")).isFalse();
    }

    @Test
    void theTruthIsASubstringOfTheNormalisedText() {
        assertThat(SearchText.holds("国办发〔２０１９〕５４号", "019")).isTrue();
        assertThat(SearchText.holds("国办发〔2019〕54号", "发2019")).isFalse();
        assertThat(SearchText.holds("农药、经营", "农药经营")).isFalse();
    }
}
