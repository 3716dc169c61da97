package cn.gongkai.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class SecurityPolicyTest {

    final SecurityPolicy policy = new SecurityPolicy(8, 3, 90, 5, 30, 30);

    @Test
    void aLongPasswordOfThreeClassesPasses() {
        assertThat(policy.violations("Gongkai@2026", "zhangsan")).isEmpty();
        assertThat(policy.violations("gongkai2026!", "zhangsan")).isEmpty();
    }

    @Test
    void tooShortTooFewClassesOrContainingTheUsernameFails() {
        assertThat(policy.violations("Ab1!", "u")).containsExactly("密码长度不能少于8位");
        assertThat(policy.violations("abcdefgh1", "u")).anyMatch(p -> p.contains("至少3类"));
        assertThat(policy.violations("Zhangsan#1", "zhangsan")).containsExactly("密码不能包含用户名");
    }

    @Test
    void expiryCountsFromTheLastChangeAndZeroMeansNever() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(PolicyService.expired(policy, now.minus(91, ChronoUnit.DAYS), now)).isTrue();
        assertThat(PolicyService.expired(policy, now.minus(89, ChronoUnit.DAYS), now)).isFalse();
        assertThat(PolicyService.expired(new SecurityPolicy(8, 3, 0, 5, 30, 30), now.minus(900, ChronoUnit.DAYS), now))
                .isFalse();
    }
}
