package cn.gongkai.disclosurerequest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.disclosure-request.*}: how many online applications one address may submit, and how many failed
 * lookups (unknown receipt number or wrong code) it may make, per window, before it is answered 429.
 */
@ConfigurationProperties("gongkai.disclosure-request")
record RequestProperties(@DefaultValue("20") int submissionsPerWindow, @DefaultValue("1h") Duration submissionWindow,
        @DefaultValue("10") int failedLookupsPerWindow, @DefaultValue("15m") Duration lookupWindow) {
}
