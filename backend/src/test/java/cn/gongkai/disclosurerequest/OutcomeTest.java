package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import cn.gongkai.negativeitem.NegativeCategory;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void thereIsOneOutcomePerRowOfTheAnnualReportsApplicationsTable() {
        // 2021 format: 予以公开, 部分公开, 不予公开 1–8, 无法提供 1–3, 不予处理 1–5, 其他处理 1–3
        assertThat(Outcome.values()).hasSize(2 + 8 + 3 + 5 + 3);
        assertThat(Arrays.stream(Outcome.values()).map(Outcome::reportRow).distinct()).hasSize(21);
    }

    @Test
    void theRefusalRowsAreTheNegativeCategoriesAndPartialDisclosure() {
        for (NegativeCategory c : NegativeCategory.values()) {
            Outcome o = Outcome.of(c);
            assertThat(o.category()).isEqualTo(c);
            assertThat(o.isRefusal()).isTrue();
            assertThat(o.article()).isEqualTo(c.article());
            assertThat(o.reportRow()).startsWith("（三）不予公开 ");
        }
        assertThat(Outcome.PARTIAL.isRefusal()).isTrue();
        assertThat(Arrays.stream(Outcome.values()).filter(Outcome::isRefusal)).hasSize(9);
        assertThat(Outcome.NOT_HELD.isRefusal()).isFalse();
    }

    @Test
    void eachRowRestsOnItsArticle() {
        assertThat(Outcome.DISCLOSED.article()).isEqualTo("第三十六条第（一）（二）项");
        assertThat(Outcome.PARTIAL.article()).isEqualTo("第三十七条");
        assertThat(Outcome.NEEDS_CREATION.article()).isEqualTo("第三十八条");
        assertThat(Outcome.DUPLICATE.article()).isEqualTo("第三十六条第（六）项");
        assertThat(Outcome.EXCESSIVE.article()).isEqualTo("第三十五条");
        assertThat(Outcome.UNPAID_FEE.article()).isEqualTo("第四十二条");
        assertThat(Outcome.CONFIRMATION.article()).isNull();
    }
}
