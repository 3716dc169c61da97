package cn.gongkai.search;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param uris     Elasticsearch 8.x nodes of an external cluster; empty = the embedded node
 * @param username basic-auth user of the external cluster (optional)
 * @param password its password
 * @param timeout  socket timeout of a request
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(
        @DefaultValue List<String> uris,
        String username,
        String password,
        @DefaultValue("10s") Duration timeout) {
}
