package cn.gongkai.webapp;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue app (built into classpath:/static by the frontend module). The app routes with history mode, so
 * any GET that is neither a file nor an API path gets index.html; API paths stay 404 problems.
 * <p>
 * Caching: the files under {@code /assets/} carry a content hash in their names, so a browser keeps them for a year
 * without asking again ({@code immutable}); index.html and the other files are revalidated on every load
 * ({@code no-cache}, answered 304 when unchanged), so a new release is picked up at once. Compression is
 * {@code server.compression} (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

    private static final String[] NOT_THE_APP = {"api/", "actuator", "v3/", "swagger-ui", "assets/"};

    private static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(HASHED)
                .resourceChain(true);
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource file = location.createRelative(path);
                        if (file.exists() && file.isReadable()) {
                            return file;
                        }
                        for (String prefix : NOT_THE_APP) {
                            if (path.startsWith(prefix)) {
                                return null;
                            }
                        }
                        Resource index = new ClassPathResource("/static/index.html");
                        return index.exists() ? index : null;
                    }
                });
    }
}
