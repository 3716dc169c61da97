package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs the browser journeys of {@code frontend/e2e/} (Playwright driving headless Chromium) against this JVM's
 * server, with fixtures made here. Screenshots land in {@code backend/target/e2e/}. Skipped only where no Chromium
 * is installed and {@code CI} is not set; in CI a missing Chromium fails the build.
 */
@FullStackTest
class BrowserE2eIT {

    private static final Logger log = LoggerFactory.getLogger(BrowserE2eIT.class);
    private static final List<String> CHROMIUM = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
            "/usr/bin/chromium-browser");
    private static final String NEW_PASSWORD = "Browser#Change2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void consoleJourneysPassInHeadlessChromium() throws IOException, InterruptedException {
        Optional<String> chromium = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        boolean ci = System.getenv("CI") != null;
        if (chromium.isEmpty()) {
            assertThat(ci).as("CI must run the browser tests, but no Chromium is installed (apt-get install chromium)")
                    .isFalse();
            log.warn("BROWSER TESTS SKIPPED: no Chromium found in {}", CHROMIUM);
        }
        assumeTrue(chromium.isPresent(), "no Chromium installed");

        Path frontend = Path.of(System.getProperty("gongkai.frontend-dir", "../frontend")).toAbsolutePath().normalize();
        Path node = frontend.resolve("node/node");
        assertThat(node).as("Node from frontend-maven-plugin (run the frontend module first)").isExecutable();
        Path out = Path.of(System.getProperty("gongkai.e2e-out", "target/e2e")).toAbsolutePath();
        Files.createDirectories(out);

        TestData data = new TestData(jdbc, encoder);
        // the browser logs in from loopback itself: start it without the failures other tests' raw requests left there
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key = 'S|127.0.0.1' OR throttle_key LIKE 'A|%|127.0.0.1'");
        // console.test.mjs: the three administrators (forced password change) and an enabled root org
        long root = data.org("root", data.prefix + "测试县人民政府", null);
        for (String role : List.of("sys:SYS_ADMIN", "sec:SECURITY_ADMIN", "audit:AUDIT_ADMIN")) {
            String[] parts = role.split(":");
            data.user(parts[0], null, List.of(parts[1]), true);
        }
        // items.test.mjs: a department with an editor and a reviewer (excel.test.mjs imports as that editor)
        long dept = data.org("dept", data.prefix + "测试局", root);
        data.user("editor", dept, List.of("EDITOR"), false);
        data.user("reviewer", dept, List.of("REVIEWER"), false);
        // catalogue.test.mjs: the county government's editor and reviewer (its COMMON negative items)
        data.user("countyeditor", root, List.of("EDITOR"), false);
        data.user("countyreviewer", root, List.of("REVIEWER"), false);
        // calendar.test.mjs: a system administrator without a forced password change
        data.user("calendar", null, List.of("SYS_ADMIN"), false);
        // codetables.test.mjs: a system administrator who needs no password change
        data.user("codes", null, List.of("SYS_ADMIN"), false);
        // supervision.test.mjs: a supervisor over the root org (its journey publishes an item through the dept's users)
        data.user("supervisor", root, List.of("SUPERVISOR"), false);
        // search.test.mjs: a department's editor and reviewer who publish, a system administrator for 搜索索引
        long searchDept = data.org("search", data.prefix + "检索测试局", root);
        data.user("searcheditor", searchDept, List.of("EDITOR"), false);
        data.user("searchreviewer", searchDept, List.of("REVIEWER"), false);
        data.user("searchadmin", null, List.of("SYS_ADMIN"), false);
        // ux.test.mjs (issue #19): a department of its own with an editor and a reviewer, and a second county the
        // supervisor of the first must not be offered
        long uxDept = data.org("ux", data.prefix + "体验测试局", root);
        data.user("uxeditor", uxDept, List.of("EDITOR"), false);
        data.user("uxreviewer", uxDept, List.of("REVIEWER"), false);
        data.org("neighbour", data.prefix + "邻县人民政府", null);
        long office = data.org("uxoffice", data.prefix + "测试县政府办公室", root);
        data.user("uxcounty", office, List.of("EDITOR"), false, "OWN_ORGS", List.of(root));

        // applications.test.mjs: a department with an editor and a published negative item its refusals may cite
        long applyDept = data.org("apply", data.prefix + "依申请测试局", root);
        data.user("applyeditor", applyDept, List.of("EDITOR"), false);
        data.user("applyreviewer", applyDept, List.of("REVIEWER"), false);
        new cn.gongkai.support.ItemSteps("negative-items",
                new cn.gongkai.support.ApiClient(port).login(data.prefix + "applyeditor", TestData.PASSWORD),
                new cn.gongkai.support.ApiClient(port).login(data.prefix + "applyreviewer", TestData.PASSWORD))
                .createAndPublish(java.util.Map.of("orgId", applyDept, "code", data.prefix + "ysq1",
                        "name", data.prefix + "涉密资料", "part", "SPECIFIC", "category", "STATE_SECRET",
                        "appliesTo", "ON_REQUEST", "legalBasis", List.of(java.util.Map.of(
                                "title", "《中华人民共和国政府信息公开条例》", "article", "第十四条"))));

        Path logFile = out.resolve("e2e.log");
        // -Dgongkai.e2e-files=e2e/ux.test.mjs (or -Dgongkai.e2e-tests=…) runs one journey file while working on it; the build
        // runs them all
        String files = System.getProperty("gongkai.e2e-files", "e2e/**/*.test.mjs");
        ProcessBuilder pb = new ProcessBuilder(node.toString(), "--test", "--test-concurrency=1",
                "--test-reporter=spec", System.getProperty("gongkai.e2e-tests", files))
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().put("BASE_URL", "http://localhost:" + port);
        pb.environment().put("E2E_OUT", out.toString());
        pb.environment().put("E2E_PASSWORD", TestData.PASSWORD);
        pb.environment().put("E2E_NEW_PASSWORD", NEW_PASSWORD);
        pb.environment().put("E2E_PREFIX", data.prefix);
        pb.environment().put("CHROMIUM", chromium.get());
        pb.environment().put("PATH", node.getParent() + ":" + System.getenv("PATH"));
        log.info("BROWSER TESTS RUNNING in {} against port {}, log {}", chromium.get(), port, logFile);
        Process process = pb.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(logFile, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("browser tests finished within 10 minutes").isTrue();
        assertThat(process.exitValue()).as("browser tests, see " + logFile).isZero();
        try (Stream<Path> shots = Files.list(out)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).count()).as("screenshots").isPositive();
        }
        log.info("BROWSER TESTS PASSED; screenshots in {}", out);
    }
}
