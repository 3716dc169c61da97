package cn.gongkai.statute;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the free text of a citation is read: the law's title as people write it (with or without 《》, spaces, a
 * leading 中华人民共和国 or a trailing “（2019年修订）”), the article (第十四条, 第14条, 第十六条第二款) and the version
 * (a year or a date). Full-width characters are folded first (NFKC), so （） and ２０１９ read like () and 2019.
 */
final class CitationText {

    private static final String NATION = "中华人民共和国";
    private static final Pattern DECORATION = Pattern.compile("[\\s《》〈〉<>\"“”'‘’「」『』]");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\([^()]*\\)$");
    private static final String NUMBER = "[0-9零〇一二两三四五六七八九十百千]+";
    private static final Pattern ARTICLE = Pattern.compile(
            "第\\s*(" + NUMBER + ")\\s*条(?:\\s*第\\s*(" + NUMBER + ")\\s*款)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final String DIGITS = "零一二三四五六七八九";

    private CitationText() {
    }

    /** the key a title or alias is looked up by: 《中华人民共和国政府信息公开条例》（国务院令第711号） → 政府信息公开条例 */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String s = DECORATION.matcher(fold(title)).replaceAll("");
        String before;
        do {
            before = s;
            s = TRAILING_PARENTHESES.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s.startsWith(NATION) ? s.substring(NATION.length()) : s;
    }

    /** the text keywords are searched in: folded, without whitespace */
    static String searchable(String text) {
        return text == null ? "" : fold(text).replaceAll("\\s", "");
    }

    /** the first 第…条 (with its 第…款, when given) in the text */
    static Optional<ArticleRef> article(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ARTICLE.matcher(fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        int article = number(m.group(1));
        Integer paragraph = m.group(2) == null ? null : number(m.group(2));
        if (article <= 0 || paragraph != null && paragraph <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ArticleRef(article, paragraph, m.group().replaceAll("\\s", "")));
    }

    /** a date (2019-05-15, 2019年5月15日) or else a year (2019, 2019年修订) */
    static Optional<CitedVersion> version(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = fold(text);
        Matcher d = DATE.matcher(s);
        if (d.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3)));
                return Optional.of(new CitedVersion(text.strip(), date.getYear(), date));
            } catch (DateTimeException e) {
                // not a real date: fall through to the year
            }
        }
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year >= 1949 && year <= 2100) {
                return Optional.of(new CitedVersion(text.strip(), year, null));
            }
        }
        return Optional.empty();
    }

    /** 十四 → 14, 一百零五 → 105, 二十 → 20, 14 → 14; 0 when it is no number */
    static int number(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() > 5 ? 0 : Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit > 0) {
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                int digit = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
                if (digit < 0) {
                    return 0;
                }
                current = digit;
            }
        }
        return total + current;
    }

    /** 2019年5月15日 */
    static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** 第{article}条[第{paragraph}款] as found; {@code text} is how it was written */
    record ArticleRef(int article, Integer paragraph, String text) {

        /** an old article covers a cited one when the numbers match and no differing 款 is named on either side */
        boolean covers(ArticleRef cited) {
            return article == cited.article && (paragraph == null || cited.paragraph == null
                    || paragraph.equals(cited.paragraph));
        }
    }

    /** the version a citation names: a date, or only a year ({@code date} null) */
    record CitedVersion(String text, int year, LocalDate date) {

        /** older than the version in force, which was adopted (or took effect) on {@code since} */
        boolean isBefore(LocalDate since) {
            return date != null ? date.isBefore(since) : year < since.getYear();
        }
    }
}
