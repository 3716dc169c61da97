package cn.gongkai.search;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import cn.gongkai.embedded.EmbeddedElasticsearch;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The official 8.19 Java client over the low-level REST client (no Spring Data: Boot 4's ES support needs the 9.x
 * client, which an 8.19 server refuses). Talks to the configured cluster, else to the embedded node with the
 * account that node was started with.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties props, ObjectProvider<EmbeddedElasticsearch> embedded) {
        EmbeddedElasticsearch node = props.uris().isEmpty() ? embedded.getObject() : null;
        List<String> uris = node != null ? List.of(node.url()) : props.uris();
        String username = node != null ? node.username() : props.username();
        String password = node != null ? node.password() : props.password();
        RestClientBuilder builder = RestClient.builder(uris.stream().map(HttpHost::create).toArray(HttpHost[]::new))
                .setRequestConfigCallback(rc -> rc.setConnectTimeout((int) props.connectTimeout().toMillis())
                        .setSocketTimeout((int) props.timeout().toMillis()));
        // room for every search the bulkhead lets through besides the writes (the client's default is 10 per node)
        int connections = props.maxConcurrentSearches() + 10;
        if (StringUtils.hasText(username)) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
            builder.setHttpClientConfigCallback(hc -> hc.setDefaultCredentialsProvider(credentials)
                    .setMaxConnPerRoute(connections).setMaxConnTotal(connections * uris.size()));
        } else {
            builder.setHttpClientConfigCallback(hc -> hc.setMaxConnPerRoute(connections)
                    .setMaxConnTotal(connections * uris.size()));
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }
}
