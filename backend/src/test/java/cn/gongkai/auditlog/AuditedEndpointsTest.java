package cn.gongkai.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** 等保: every write is audited, so every write endpoint must carry {@link Audited}. */
class AuditedEndpointsTest {

    @Test
    void everyWriteEndpointIsAudited() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> missing = new ArrayList<>();
        int writes = 0;
        for (var bean : scanner.findCandidateComponents("cn.gongkai")) {
            Class<?> type = ClassUtils.forName(bean.getBeanClassName(), getClass().getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                boolean write = AnnotatedElementUtils.hasAnnotation(m, PostMapping.class)
                        || AnnotatedElementUtils.hasAnnotation(m, PutMapping.class)
                        || AnnotatedElementUtils.hasAnnotation(m, PatchMapping.class)
                        || AnnotatedElementUtils.hasAnnotation(m, DeleteMapping.class);
                if (write) {
                    writes++;
                    if (!m.isAnnotationPresent(Audited.class)) {
                        missing.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(writes).isGreaterThan(5);
        assertThat(missing).as("write endpoints without @Audited").isEmpty();
    }
}
