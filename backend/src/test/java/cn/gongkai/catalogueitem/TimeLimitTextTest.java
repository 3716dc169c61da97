package cn.gongkai.catalogueitem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.item.TimeLimit.DayUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 公开时限 phrasings found in county catalogues (docs/DOMAIN.md "Catalogue items"), read into anchor / value / unit. */
class TimeLimitTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "信息形成或者变更之日起20个工作日内|FORMED_OR_CHANGED|20|WORKING_DAY",
            "自信息形成或者变更之日起20个工作日内予以公开|FORMED_OR_CHANGED|20|WORKING_DAY",
            "20工作日|FORMED_OR_CHANGED|20|WORKING_DAY",
            "自制作或获取该信息之日起20个工作日内公开|OBTAINED|20|WORKING_DAY",
            "制定或获取信息之日起10个工作日内，公示7个工作日|OBTAINED|10|WORKING_DAY",
            "信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示|FORMED_OR_CHANGED|20|WORKING_DAY",
            "自作出行政处罚决定之日起7个工作日内|DECIDED|7|WORKING_DAY",
            "分配结果确定后20个工作日内|RESULT_FIXED|20|WORKING_DAY",
            "于文件公开后3个工作日内在政府网站和媒体发布|DOCUMENT_PUBLISHED|3|WORKING_DAY",
            "信息形成之日起15日内|FORMED_OR_CHANGED|15|NATURAL_DAY"})
    void readsACountedDeadline(String text, TimeAnchor anchor, int value, DayUnit unit) {
        assertThat(TimeLimitText.parse(text)).contains(new DisclosureTimeLimit(text, anchor, value, unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"实时公开|REAL_TIME", "及时公开|PROMPT", "及时公开，公告期限为5个工作日|PROMPT"})
    void readsDeadlinesWithoutACount(String text, TimeAnchor anchor) {
        assertThat(TimeLimitText.parse(text)).contains(new DisclosureTimeLimit(text, anchor, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "按上级要求", "长期公开"})
    void leavesTextItCannotReadAlone(String text) {
        assertThat(TimeLimitText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"制定或获取信息之日起10个工作日内，公示7个工作日|7|WORKING_DAY",
            "及时公开，公告期限为5个工作日|5|WORKING_DAY", "公示期为30日|30|NATURAL_DAY"})
    void readsTheDisplayPeriod(String text, int value, DayUnit unit) {
        assertThat(TimeLimitText.displayPeriod(text)).contains(new DisplayPeriod(value, unit));
    }

    @org.junit.jupiter.api.Test
    void aClientsOwnRuleIsKeptAndAMissingOneIsRead() {
        var own = new DisclosureTimeLimit("信息形成之日起20个工作日内", TimeAnchor.OBTAINED, 5, DayUnit.WORKING_DAY);
        assertThat(own.completed()).isEqualTo(own);
        assertThat(new DisclosureTimeLimit("实时公开", null, null, null).completed().anchor())
                .isEqualTo(TimeAnchor.REAL_TIME);
    }
}
