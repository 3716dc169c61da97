package cn.gongkai.auditlog;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class AuditLogConfiguration implements WebMvcConfigurer {

    private final AuditLogMapper mapper;
    private final JsonMapper json;
    private final Clock clock;

    AuditLogConfiguration(AuditLogMapper mapper, JsonMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditLogInterceptor(mapper, json, clock)).addPathPatterns("/api/**");
    }
}
