package cn.gongkai.codetable;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long an instance serves a code table from memory. Writes on this instance evict at once;
 *                 a write on another instance of a cluster shows here after at most this long.
 */
@ConfigurationProperties("gongkai.codetable")
record CodeTableProperties(@DefaultValue("30s") Duration cacheTtl) {
}
