package cn.gongkai.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component {@code elasticsearch}: the cluster health (red = DOWN). */
@Component("elasticsearchHealthIndicator")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    ElasticsearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health();
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
    }
}
