package cn.gongkai.catalogueitem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.item.TimeLimit.DayUnit;

/**
 * Reads the rule out of a 公开时限 as counties write it, e.g.
 * 信息形成或者变更之日起20个工作日内 → FORMED_OR_CHANGED, 20, WORKING_DAY; 实时公开 → REAL_TIME. The first deadline
 * in the text wins (公示期 such as 公示7个工作日 is a separate field). Text it cannot read gives nothing: the written
 * text stays the authority and the editor may set the parts by hand.
 */
final class TimeLimitText {

    /** anchors by the words that name them, most specific first */
    private static final List<Anchor> ANCHORS = List.of(
            new Anchor(TimeAnchor.DOCUMENT_PUBLISHED, Pattern.compile("文件(公开|发布|印发)")),
            new Anchor(TimeAnchor.DECIDED, Pattern.compile("作出.{0,6}决定")),
            new Anchor(TimeAnchor.RESULT_FIXED, Pattern.compile("结果确定|确定后|结果(形成|产生)")),
            new Anchor(TimeAnchor.OBTAINED, Pattern.compile("获取")),
            new Anchor(TimeAnchor.FORMED_OR_CHANGED, Pattern.compile("形成|变更|制作|产生")));

    private static final Pattern COUNT = Pattern.compile("(\\d{1,4})\\s*个?\\s*(工作日|自然日|日|天)");
    private static final Pattern DISPLAY = Pattern.compile("(公示|公告|公布)(期|期限)?(为)?\\s*$");

    private TimeLimitText() {
    }

    static Optional<DisclosureTimeLimit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = COUNT.matcher(t);
        while (m.find()) {
            if (DISPLAY.matcher(t.substring(0, m.start())).find()) {
                continue; // 公示7个工作日: a display period, not the deadline
            }
            String before = t.substring(0, m.start());
            TimeAnchor anchor = ANCHORS.stream().filter(a -> a.words().matcher(before).find()).map(Anchor::anchor)
                    .findFirst().orElse(TimeAnchor.FORMED_OR_CHANGED);
            DayUnit unit = "工作日".equals(m.group(2)) ? DayUnit.WORKING_DAY : DayUnit.NATURAL_DAY;
            return Optional.of(new DisclosureTimeLimit(text, anchor, Integer.valueOf(m.group(1)), unit));
        }
        if (t.contains("实时")) {
            return Optional.of(new DisclosureTimeLimit(text, TimeAnchor.REAL_TIME, null, null));
        }
        if (t.contains("及时")) {
            return Optional.of(new DisclosureTimeLimit(text, TimeAnchor.PROMPT, null, null));
        }
        return Optional.empty();
    }

    /** the period to display after publication, e.g. 公示7个工作日 */
    static Optional<DisplayPeriod> displayPeriod(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(公示|公告)(期|期限)?(为)?\\s*(\\d{1,4})\\s*个?\\s*(工作日|自然日|日|天)").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        DayUnit unit = "工作日".equals(m.group(5)) ? DayUnit.WORKING_DAY : DayUnit.NATURAL_DAY;
        return Optional.of(new DisplayPeriod(Integer.valueOf(m.group(4)), unit));
    }

    private record Anchor(TimeAnchor anchor, Pattern words) {
    }
}
