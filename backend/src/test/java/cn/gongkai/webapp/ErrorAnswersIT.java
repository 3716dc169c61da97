package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error answer is problem+json with a Chinese {@code detail}, whichever layer gives it: Tomcat's connector
 * (bad bytes in the path), Spring Security's firewall, the servlet container's error dispatch ({@code /error},
 * {@code /WEB-INF}), Spring MVC (bad query strings). Requests go over a raw socket, so nothing is normalised or
 * re-encoded on the way.
 */
@FullStackTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /** anonymous endpoints that read query parameters */
    static final List<String> WITH_PARAMETERS = List.of("/api/v1/public/search", "/api/v1/public/suggest",
            "/api/v1/public/calendar/deadline", "/api/v1/public/power-items", "/api/v1/public/orgs",
            "/api/v1/public/open-data/power-items.json");

    @LocalServerPort
    int port;

    RawHttp raw() {
        return new RawHttp(port);
    }

    void assertProblem(RawHttp.Response r, int status, String what) {
        assertThat(r.status()).as(what + " → " + r).isEqualTo(status);
        assertThat(r.isProblem()).as(what + " → " + r).isTrue();
        assertThat(r.detail()).as(what + " → " + r).containsPattern(CHINESE);
    }

    @Test
    void malformedQueryStringsAre400ProblemsAndLoggedAsOneWarningNotAStackTraceEach(CapturedOutput output) {
        for (String path : WITH_PARAMETERS) {
            for (String query : List.of("q=%C3%28", "q=%FF%FE", "q=%ED%A0%80", "q=%C0%AF", "q=%", "q=%zz", "q=a%2",
                    "%FF=1", "from=%E4%B8")) {
                assertProblem(raw().get(path + "?" + query), 400, path + "?" + query);
            }
        }
        String log = output.getAll();
        assertThat(log).doesNotContain("Unexpected error on").doesNotContain("InvalidParameterException")
                .doesNotContain("\tat org.apache.tomcat");
        assertThat(count(log, "Refused bad requests")).as("at most one warning a minute").isLessThanOrEqualTo(1);
    }

    @Test
    void malformedFormBodiesAre400ProblemsWhicheverFilterReadsThem() {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            // PUT, PATCH and DELETE bodies are decoded by the form filter before anything else: a bad one is a 400.
            // A POST body is never read before the CSRF check, which takes the token from the header only (never a
            // _csrf parameter), so a bad one is refused like any request without a token: a 403 problem, never a 500
            int status = method.equals("POST") ? 403 : 400;
            for (String body : method.equals("POST") ? List.of("a=%zz", "_csrf=%FF", "%=1") : List.of("a=%zz", "%=1")) {
                var r = raw().send(method, "/api/v1/orgs/1", form, body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                assertProblem(r, status, method + " " + body);
            }
        }
    }

    @Test
    void getErrorItselfIsA400Problem() {
        assertProblem(raw().get("/error"), 400, "GET /error");
        var post = raw().send("POST", "/error", Map.of("Content-Type", "application/json"), "{}".getBytes());
        assertThat(post.status()).as("a write without the CSRF token is refused first").isEqualTo(403);
        assertThat(post.isProblem()).isTrue();
    }

    @Test
    void firewallRejectionsAre400Problems() {
        for (String path : List.of("/api/v1/public/..;/orgs", "//api/v1/public/orgs", "/api/v1/public/orgs;jsessionid=abc",
                "/api/v1/public/%2e%2e/orgs", "/api/v1/public/orgs%25", "/;x=y")) {
            assertProblem(raw().get(path), 400, path);
        }
        assertProblem(raw().get("/api/v1/public/orgs%09"), 404, "a control character decoded into the path");
        assertProblem(raw().get("/api/v1/public/%E2%80%AEorgs"), 404, "a bidi override decoded into the path");
    }

    @Test
    void pathsTomcatRefusesBeforeSpringAre400Problems() {
        for (String path : List.of("/api/v1/public/orgs%2fx", "/api/v1/public%5corgs", "/api/v1/public/orgs%00",
                "/a%00b", "/%2f", "/api/%FF", "/api/v1/public/orgs%C3%28", "/a|b", "/a{b}", "/a\\b", "/a\u007fb")) {
            assertProblem(raw().get(path), 400, path);
        }
    }

    @Test
    void theContainersOwnDirectoriesAre404Problems() {
        for (String path : List.of("/WEB-INF/web.xml", "/WEB-INF/", "/META-INF/MANIFEST.MF", "/web-inf/x")) {
            var r = raw().send("GET", path, Map.of("Accept", "text/html,*/*"), null);
            assertProblem(r, 404, path);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
