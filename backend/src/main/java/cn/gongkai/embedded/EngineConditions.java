package cn.gongkai.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** An engine is embedded exactly when its external counterpart is not configured. */
final class EngineConditions {

    private EngineConditions() {
    }

    static final class EmbeddedDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    static final class EmbeddedSearch implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("gongkai.search.uris"))
                    && !StringUtils.hasText(context.getEnvironment().getProperty("gongkai.search.uris[0]"));
        }
    }
}
