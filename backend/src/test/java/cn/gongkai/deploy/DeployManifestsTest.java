package cn.gongkai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests in {@code deploy/kubernetes} read into the Kubernetes API's typed models (fabric8): a misspelt field
 * lands in a model's "additional properties" and fails here, as do references that do not resolve (the Secret's
 * keys, the ConfigMap, the Service's target port, the probes' health groups). No cluster is needed.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class, "Service", Service.class, "ConfigMap", ConfigMap.class,
            "Secret", Secret.class);

    private static List<HasMetadata> resources;

    @BeforeAll
    static void readManifests() throws IOException {
        resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode doc : YAML.readValues(YAML.createParser(file.toFile()), JsonNode.class).readAll()) {
                    Class<? extends HasMetadata> type = KINDS.get(doc.path("kind").asText());
                    assertThat(type).as("%s: kind %s", file, doc.path("kind")).isNotNull();
                    HasMetadata resource = YAML.treeToValue(doc, type);
                    assertThat(unknownFields(resource, file.getFileName() + ":" + resource.getKind())).isEmpty();
                    resources.add(resource);
                }
            }
        }
    }

    @Test
    void everyManifestHoldsOnlyFieldsOfTheKubernetesApi() {
        assertThat(resources).extracting(HasMetadata::getKind)
                .contains("Deployment", "Service", "ConfigMap", "Secret");
    }

    @Test
    void theDeploymentRunsTwoInstancesWithProbesOnTheHealthGroups() {
        Deployment deployment = one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment.getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getTemplate().getMetadata().getLabels());
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(app.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getPorts()).extracting(p -> p.getName()).contains("http");
    }

    @Test
    void theDeploymentsReferencesResolve() {
        Deployment deployment = one(Deployment.class);
        Secret secret = one(Secret.class);
        for (EnvVar env : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo(secret.getMetadata().getName());
                assertThat(secret.getStringData()).as(env.getName()).containsKey(env.getValueFrom().getSecretKeyRef().getKey());
            }
        }
        String configMap = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName();
        assertThat(configMap).isEqualTo(one(ConfigMap.class).getMetadata().getName());
        Service service = one(Service.class);
        assertThat(service.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
    }

    @Test
    void theConfigMapConfiguresExternalEnginesAndTheProbes() throws IOException {
        JsonNode prod = YAML.readTree(one(ConfigMap.class).getData().get("application-prod.yml"));
        assertThat(prod.at("/spring/datasource/url").asText()).startsWith("jdbc:mysql://");
        assertThat(prod.at("/gongkai/search/uris").asText().split(",")).hasSize(3);
        assertThat(prod.at("/gongkai/demo/enabled").asBoolean(true)).isFalse();
        assertThat(prod.at("/management/endpoint/health/probes/enabled").asBoolean()).isTrue();
    }

    @Test
    void theComposeFileAndTheProdConfigurationAreYaml() throws IOException {
        assertThat(YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile()).path("services").has("app1")).isTrue();
        JsonNode prod = YAML.readTree(DEPLOY.resolve("application-prod.yml").toFile());
        assertThat(prod).isInstanceOf(ObjectNode.class);
        assertThat(prod.at("/spring/datasource/url").asText()).startsWith("jdbc:mysql://");
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = resources.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    /** paths of fields the model did not know, anywhere in the object graph */
    private static List<String> unknownFields(Object node, String path) {
        List<String> unknown = new ArrayList<>();
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                unknown.addAll(unknownFields(element, path + "[" + i++ + "]"));
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknown.addAll(unknownFields(v, path + "." + k)));
        } else if (node instanceof KubernetesResource) {
            for (PropertyDescriptor property : properties(node.getClass())) {
                Method getter = property.getReadMethod();
                if (getter == null) {
                    continue;
                }
                Object value = invoke(getter, node);
                if (property.getName().equals("additionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(k -> unknown.add(path + "." + k));
                } else if (value != null) {
                    unknown.addAll(unknownFields(value, path + "." + property.getName()));
                }
            }
        }
        return unknown;
    }

    private static PropertyDescriptor[] properties(Class<?> type) {
        try {
            return Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors();
        } catch (java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
