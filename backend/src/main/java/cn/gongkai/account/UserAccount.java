package cn.gongkai.account;

import java.time.Instant;

import cn.gongkai.security.ScopeMode;

/** A row of {@code user_account} (failedAttempts and lockedUntil are no longer used: see LoginThrottle). */
record UserAccount(Long id, String username, String displayName, Long orgId, String passwordHash,
        Instant passwordChangedAt, boolean passwordChangeRequired, ScopeMode dataScope, boolean enabled,
        int failedAttempts, Instant lockedUntil, Instant lastLoginAt, int version, Instant createdAt,
        Instant updatedAt) {
}
