package cn.gongkai.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords in the database, so every app instance sees the same counts, and counts each attempt
 * <em>before</em> its password is checked: {@link #claim} locks the counter rows ({@code SELECT … FOR UPDATE}),
 * refuses when blocked, else counts the attempt as a failure (and sets the lock if it is the N-th) and commits; only
 * then is the password checked, and a right one takes its count back ({@link #succeeded}). So however many
 * requests run in parallel, no more than the policy's N wrong passwords are ever checked before the lock.
 * <p>
 * Two counters per attempt:
 * <ul>
 * <li><b>account from one source</b> (client address): after {@code maxFailedAttempts} wrong passwords in a row the
 * account is locked <em>for that source</em> for {@code lockMinutes} (423). A flood from one address cannot lock an
 * administrator out of the whole system: from any other address the account still logs in. Unknown usernames get a
 * counter of their own (a hash of the name), so they answer exactly like known ones.</li>
 * <li><b>source</b>: the first {@value #FREE_FAILURES} failures within {@value #WINDOW_MINUTES} minutes are free;
 * every further one blocks the source for 1, 2, 4 … seconds, at most {@value #MAX_BLOCK_MINUTES} minutes (429 with
 * {@code Retry-After}): one address cannot spray passwords over many accounts either.</li>
 * </ul>
 * The source is the request's remote address: behind a reverse proxy set {@code server.forward-headers-strategy} so
 * that it is the client's, not the proxy's.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 10;
    static final int WINDOW_MINUTES = 15;
    static final int MAX_BLOCK_MINUTES = 15;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);

    private final LoginThrottleMapper counters;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginThrottle(LoginThrottleMapper counters, PlatformTransactionManager transactions, Clock clock) {
        this.counters = counters;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** One attempt, already counted as a failure. */
    record Claim(String accountKey, String sourceKey, int failures, Instant lockedUntil) {

        /** this attempt, if its password is wrong, is the one that locks the account */
        boolean locks() {
            return lockedUntil != null;
        }
    }

    /**
     * Counts one attempt at {@code username} (user {@code userId}, null when unknown) from {@code source} as a
     * failure, or refuses it: 429 when the source is blocked, 423 when the account is locked for this source.
     */
    Claim claim(Long userId, String username, String source, int maxFailures, int lockMinutes) {
        String sourceKey = "S|" + source;
        String accountKey = "A|" + (userId != null ? "u" + userId : "n" + hash(username)) + "|" + source;
        for (int attempt = 1;; attempt++) {
            try {
                return tx.execute(status -> claimLocked(userId, accountKey, sourceKey, maxFailures, lockMinutes));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Claim claimLocked(Long userId, String accountKey, String sourceKey, int maxFailures, int lockMinutes) {
        Instant now = clock.instant();
        counters.touch(sourceKey, null, now);
        LoginThrottleMapper.Counter src = counters.lock(sourceKey);
        if (src.blockedUntil() != null && src.blockedUntil().isAfter(now)) {
            throw tooMany(now, src.blockedUntil());
        }
        counters.touch(accountKey, userId, now);
        LoginThrottleMapper.Counter acct = counters.lock(accountKey);
        if (acct.blockedUntil() != null && acct.blockedUntil().isAfter(now)) {
            throw locked(acct.blockedUntil(), "账户已锁定");
        }
        // a lock that ran out starts a new count; so does a quiet source window
        int accountFailures = (acct.blockedUntil() != null ? 0 : acct.failures()) + 1;
        Instant lockedUntil = accountFailures >= maxFailures ? now.plus(Duration.ofMinutes(lockMinutes)) : null;
        counters.set(accountKey, accountFailures, lockedUntil, now);

        boolean quiet = src.updatedAt().isBefore(now.minus(Duration.ofMinutes(WINDOW_MINUTES)));
        int sourceFailures = (quiet ? 0 : src.failures()) + 1;
        Instant blockedUntil = null;
        if (sourceFailures > FREE_FAILURES) {
            long seconds = 1L << Math.min(sourceFailures - FREE_FAILURES - 1, 20);
            blockedUntil = now.plusSeconds(Math.min(seconds, MAX_BLOCK_MINUTES * 60L));
        }
        counters.set(sourceKey, sourceFailures, blockedUntil, now);
        return new Claim(accountKey, sourceKey, accountFailures, lockedUntil);
    }

    /** the password was right: the account's count starts again and the source gets its attempt back */
    void succeeded(Claim claim) {
        tx.executeWithoutResult(status -> {
            counters.clear(claim.accountKey(), clock.instant());
            counters.undoOne(claim.sourceKey(), FREE_FAILURES);
        });
    }

    /** the security administrator's unlock: every source may try again */
    void unlock(long userId) {
        counters.clearUser(userId);
    }

    /** until when the account is locked for at least one source, or null */
    Instant lockedUntil(long userId) {
        return counters.lockedUntil(userId, clock.instant());
    }

    /** counters untouched for a day are forgotten */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        counters.purge(clock.instant().minus(Duration.ofDays(1)));
    }

    static ApiException locked(Instant until, String why) {
        ApiException e = new ApiException(HttpStatus.LOCKED, "account-locked", "账户已锁定",
                why + "，请于 " + UNTIL.format(until) + " 后再试，或请安全管理员解锁");
        e.getBody().setProperty("lockedUntil", until.toString());
        return e;
    }

    private static ApiException tooMany(Instant now, Instant until) {
        long seconds = Math.max(1, Duration.between(now, until).toMillis() / 1000 + 1);
        ApiException e = new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "尝试过于频繁",
                "登录尝试过于频繁，请 " + seconds + " 秒后再试");
        e.getHeaders().set("Retry-After", String.valueOf(seconds));
        e.getBody().setProperty("retryAfterSeconds", seconds);
        return e;
    }

    private static String hash(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
