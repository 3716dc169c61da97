package cn.gongkai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full-stack test: the whole app on a random port over the real embedded MariaDB and Elasticsearch, which the
 * failsafe configuration shares across every test class of the JVM ({@code gongkai.embedded.shared}). All test
 * classes use exactly these properties so Spring caches one context. Each class makes its own data with a unique
 * prefix ({@link TestData}), so classes do not depend on each other or on order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongkai.bootstrap-password=" + FullStackTest.BOOTSTRAP_PASSWORD,
        "gongkai.demo.enabled=false",
        // as behind a reverse proxy: X-Forwarded-For from loopback is honoured, so tests can log in from two sources
        "server.forward-headers-strategy=native"})
@Import(ItemEventProbe.class)
public @interface FullStackTest {

    String BOOTSTRAP_PASSWORD = "Bootstrap#2026";
}
