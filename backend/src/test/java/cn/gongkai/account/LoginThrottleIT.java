package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue #17 findings 3 and 4: lockout under parallel requests, per source, and the same answer for everyone. */
@FullStackTest
class LoginThrottleIT {

    static final int MAX_FAILED = 5;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestData data;
    long org;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, encoder);
        org = data.org("gov", "限流测试县人民政府", null);
    }

    /** a client address of its own (TEST-NET ranges), so tests do not share counters */
    static String source() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    ApiClient from(String source) {
        return new ApiClient(port).from(source);
    }

    static Map<String, String> credentials(String username, String password) {
        return Map.of("username", username, "password", password);
    }

    /** sends all bodies at once (one client, parallel connections), answers in the order of the bodies */
    static List<ApiClient.Response> parallel(ApiClient c, List<Map<String, String>> bodies) throws Exception {
        c.csrfToken();
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (Map<String, String> body : bodies) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return c.post("/api/v1/auth/login", body);
                }));
            }
            go.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** answers that show a wrong password was checked: 401, or the 423 of the failure that locked the account */
    static long wrongPasswordsChecked(List<ApiClient.Response> answers) {
        return answers.stream().filter(r -> r.status() == 401 || r.status() == 423 && r.detail().contains("连续"))
                .count();
    }

    @Test
    void fiftyParallelWrongPasswordsCheckNoMoreThanThePolicyAllows() throws Exception {
        String user = data.user("par50", org, List.of("EDITOR"), false);
        List<Map<String, String>> bodies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bodies.add(credentials(user, "wrong" + i));
        }
        List<ApiClient.Response> answers = parallel(from(source()), bodies);
        assertThat(wrongPasswordsChecked(answers)).as(answers.toString()).isLessThanOrEqualTo(MAX_FAILED);
        assertThat(answers).allMatch(r -> r.status() == 401 || r.status() == 423);
        assertThat(answers.stream().filter(r -> r.status() == 423).count()).isGreaterThanOrEqualTo(50 - MAX_FAILED);
    }

    @Test
    void theRightPasswordAfterParallelWrongOnesDoesNotSlipThrough() throws Exception {
        String user = data.user("par30", org, List.of("EDITOR"), false);
        String source = source();
        ApiClient c = from(source);
        c.csrfToken();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiClient.Response>> wrong = new ArrayList<>();
            for (int i = 0; i < 29; i++) {
                String password = "wrong" + i;
                wrong.add(pool.submit(() -> {
                    go.await();
                    return c.post("/api/v1/auth/login", credentials(user, password));
                }));
            }
            go.countDown();
            Thread.sleep(300);
            ApiClient.Response right = from(source).post("/api/v1/auth/login", credentials(user, TestData.PASSWORD));
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> f : wrong) {
                answers.add(f.get());
            }
            // a right password resets the count, so at most one more round of wrong ones may follow it
            long checked = wrongPasswordsChecked(answers);
            assertThat(checked).as(right + " after " + answers)
                    .isLessThanOrEqualTo(right.status() == 200 ? 2L * MAX_FAILED : MAX_FAILED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void knownAndUnknownUsersGetTheSameAnswers() {
        String known = data.user("known", org, List.of("EDITOR"), false);
        String unknown = data.prefix + "nobody";
        ApiClient a = from(source());
        ApiClient b = from(source());
        for (int i = 1; i < MAX_FAILED; i++) {
            var k = a.post("/api/v1/auth/login", credentials(known, "wrong" + i));
            var u = b.post("/api/v1/auth/login", credentials(unknown, "wrong" + i));
            assertThat(k.status()).isEqualTo(401);
            assertThat(u.status()).isEqualTo(401);
            assertThat(k.detail()).isEqualTo("用户名或密码错误").isEqualTo(u.detail());
        }
        var k = a.post("/api/v1/auth/login", credentials(known, "wrong5"));
        var u = b.post("/api/v1/auth/login", credentials(unknown, "wrong5"));
        assertThat(k.status()).isEqualTo(423);
        assertThat(u.status()).isEqualTo(423);
        assertThat(k.detail().replaceAll("\\d", "")).isEqualTo(u.detail().replaceAll("\\d", ""));
    }

    @Test
    void aFloodFromOneSourceDoesNotKeepTheAdministratorOutFromAnother() {
        String sec = data.user("sec", null, List.of("SECURITY_ADMIN"), false);
        ApiClient attacker = from(source());
        for (int i = 1; i <= MAX_FAILED; i++) {
            attacker.post("/api/v1/auth/login", credentials(sec, "guess" + i));
        }
        // the attacker's source is locked out of the account, even with the right password ...
        assertThat(attacker.post("/api/v1/auth/login", credentials(sec, TestData.PASSWORD)).status()).isEqualTo(423);
        // ... the administrator at their own desk is not
        assertThat(from(source()).post("/api/v1/auth/login", credentials(sec, TestData.PASSWORD)).status())
                .isEqualTo(200);

        // going on with other names, the flooding source itself is slowed down: 429 with Retry-After
        ApiClient.Response throttled = null;
        for (int i = 0; i < 40 && throttled == null; i++) {
            var r = attacker.post("/api/v1/auth/login", credentials(data.prefix + "spray" + i, "guess"));
            if (r.status() == 429) {
                throttled = r;
            }
        }
        assertThat(throttled).as("no 429 for the flooding source").isNotNull();
        assertThat(throttled.isProblem()).isTrue();
        assertThat(throttled.detail()).contains("过于频繁");
        assertThat(Integer.parseInt(throttled.header("Retry-After").get(0))).isPositive();
        assertThat(from(source()).post("/api/v1/auth/login", credentials(sec, TestData.PASSWORD)).status())
                .isEqualTo(200);
    }
}
