package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksEveryOccurrenceOfEachWordInTheOriginalTextAndEscapesTheRest() {
        assertThat(Highlights.whole("珊瑚灯塔补贴<b>发放</b>", List.of("灯塔补贴")))
                .isEqualTo("珊瑚<em>灯塔补贴</em>&lt;b&gt;发放&lt;&#x2F;b&gt;");
        assertThat(Highlights.whole("国办发〔２０１９〕５４号", List.of("019", "54号")))
                .isEqualTo("国办发〔２<em>０１９</em>〕<em>５４号</em>");
        assertThat(Highlights.whole("低保对象，最低生活保障", List.of("低保", "最低生活保障")))
                .isEqualTo("<em>低保</em>对象，<em>最低生活保障</em>");
        assertThat(Highlights.whole("没有", List.of("低保"))).isNull();
    }

    @Test
    void aBodyGivesUpToThreeFragmentsAroundItsMarks() {
        String body = ("甲".repeat(100) + "琥珀鲸").repeat(5);
        List<String> fragments = Highlights.fragments(body, List.of("琥珀鲸"));
        assertThat(fragments).hasSize(3);
        assertThat(fragments).allSatisfy(f -> assertThat(f).contains("<em>琥珀鲸</em>").hasSizeLessThan(100));
        assertThat(Highlights.fragments("无关", List.of("琥珀鲸"))).isEmpty();
    }
}
