package cn.gongkai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.gongkai.auditlog.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the security policy; answers "has this password expired". */
@Service
@Transactional
class PolicyService {

    private final SecurityPolicyMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;

    PolicyService(SecurityPolicyMapper mapper, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SecurityPolicy current() {
        return mapper.load();
    }

    public SecurityPolicy update(SecurityPolicy policy, String actor) {
        SecurityPolicy before = mapper.load();
        mapper.save(policy, clock.instant(), actor);
        audit.target("SECURITY_POLICY", 1);
        audit.change(before, policy);
        return mapper.load();
    }

    static boolean expired(SecurityPolicy policy, Instant changedAt, Instant now) {
        return policy.expiryDays() > 0 && changedAt.plus(Duration.ofDays(policy.expiryDays())).isBefore(now);
    }
}
