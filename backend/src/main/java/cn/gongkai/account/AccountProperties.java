package cn.gongkai.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.bootstrap-password} (environment {@code GONGKAI_BOOTSTRAP_PASSWORD}): the initial password of the
 * three administrators created on an empty database; when absent, each gets a random one printed once to the log.
 */
@ConfigurationProperties("gongkai")
record AccountProperties(String bootstrapPassword) {
}
