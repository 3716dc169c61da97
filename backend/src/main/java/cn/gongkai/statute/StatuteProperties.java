package cn.gongkai.statute;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long an instance checks citations against its in-memory copy of the registry. Writes on
 *                 this instance refresh it at once; a write on another instance shows here after at most this long.
 */
@ConfigurationProperties("gongkai.statute")
record StatuteProperties(@DefaultValue("30s") Duration cacheTtl) {
}
