package cn.gongkai.itemexcel;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run imports (a few per instance, a bounded queue), and a sweep at start-up: jobs left RUNNING
 * by an instance that stopped become FAILED once their heartbeat is stale.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean(destroyMethod = "shutdown")
    ImportExecutor importExecutor(ImportProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setQueueCapacity(properties.queue());
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return new ImportExecutor(executor);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failStaleJobs(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(ImportJobs.class).failStale(null);
    }

    /** a named holder, so the executor is not mistaken for the application's general task executor */
    record ImportExecutor(ThreadPoolTaskExecutor executor) {
        void shutdown() {
            executor.shutdown();
        }
    }
}
