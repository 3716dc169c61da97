package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemSteps;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The server is the one place that escapes search highlights: the text around {@code <em>} is HTML with every
 * markup character as a character reference, so the portal renders it as it is (and must not escape it again).
 */
@FullStackTest
class HighlightEscapingIT {

    static final String NAME = "社保/医保<script>alert('x')</script>转移&接续\"办理\"";
    static final String TEXT = "审核材料 a/b <img src=x onerror=alert(1)> 社保转移";
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void highlightsAreHtmlWhoseOnlyTagsAreEmAndWhoseTextIsTheOriginal() {
        TestData data = new TestData(jdbc, encoder);
        long county = data.org("gov", "高亮县", null);
        ApiClient editor = new ApiClient(port).login(data.user("ed", county, List.of("EDITOR"), false), TestData.PASSWORD);
        ApiClient reviewer = new ApiClient(port).login(data.user("rv", county, List.of("REVIEWER"), false),
                TestData.PASSWORD);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", county);
        body.put("code", data.prefix + "p1");
        body.put("name", NAME);
        body.put("category", "LICENSING");
        body.put("legalBasis", List.of(Map.of("title", "《中华人民共和国行政许可法》", "article", "第二十九条")));
        body.put("responsibilities", List.of(TEXT));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理")));
        new ItemSteps("power-items", editor, reviewer).createAndPublish(body);

        ApiClient anonymous = new ApiClient(port);
        String url = "/api/v1/public/search?orgId=" + county + "&q=" + URLEncoder.encode("社保", StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> anonymous.get(url).json().get("total").asLong() == 1);
        JsonNode highlights = anonymous.get(url).json().get("items").get(0).get("highlights");

        String title = highlights.get("title").get(0).asString();
        assertThat(title).contains("<em>社保</em>").doesNotContain("<script").doesNotContain("\"").doesNotContain("'");
        assertThat(title.replaceAll("</?em>", "")).doesNotContain("<").doesNotContain(">");
        assertThat(text(title)).isEqualTo(NAME);

        String passage = highlights.get("body").get(0).asString();
        assertThat(passage.replaceAll("</?em>", "")).doesNotContain("<").doesNotContain(">");
        // the passage is an excerpt of the original text around the match (where it starts is the highlighter's
        // choice), with the markup-like characters shown as the characters they are
        assertThat(passage).contains("<em>社保</em>");
        assertThat(text(passage)).contains("onerror=alert(1)> 社保转移");
    }

    /** what a browser shows: tags dropped, character references decoded; a bare {@code &} would be a failure */
    static String text(String html) {
        String noTags = html.replaceAll("</?em>", "");
        assertThat(noTags.replaceAll(REFERENCE.pattern(), "")).doesNotContain("&");
        Matcher m = REFERENCE.matcher(noTags);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String ch = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                        : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(ch));
        }
        m.appendTail(out);
        return out.toString();
    }
}
