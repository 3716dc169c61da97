package cn.gongkai.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.demo.enabled}: load the demo county into an empty database. Unset = on for the embedded default,
 * off when an external database is configured.
 */
@ConfigurationProperties("gongkai.demo")
record DemoProperties(Boolean enabled) {
}
