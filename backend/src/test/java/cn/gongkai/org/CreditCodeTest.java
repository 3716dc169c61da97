package cn.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodesOfRealOrganisations() {
        // the GB 32100 example code, and a widely published enterprise code (Huawei, Shenzhen)
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91440300708461136T")).isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacterWrongLengthAndForbiddenLetters() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100I43")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterZeroWhenTheRemainderIsZero() {
        // brute-force: every computed code validates, including those whose check value wraps to 0
        for (int i = 0; i < 2000; i++) {
            String first17 = String.format("12990101%09d", i);
            assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isTrue();
        }
    }
}
