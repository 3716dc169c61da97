package cn.gongkai.search;

import cn.gongkai.common.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new mapping (a new {@code _meta.mapping} in {@code items-index.json}) needs a new index: at start-up, an index
 * behind the alias with an older mapping is rebuilt in the background (searches use the old one meanwhile, then the
 * alias moves). With several instances the first one starts the job; the others find it running.
 */
@Component
class MappingUpgrade {

    private static final Logger log = LoggerFactory.getLogger(MappingUpgrade.class);

    private final SearchIndex index;
    private final SearchReindexer reindexer;

    MappingUpgrade(SearchIndex index, SearchReindexer reindexer) {
        this.index = index;
        this.reindexer = reindexer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            if (!index.mappingCurrent()) {
                long job = reindexer.start("system");
                log.info("Search index {} has an older mapping: rebuild job {} started", index.currentIndex(), job);
            }
        } catch (ApiException e) {
            log.info("Search index has an older mapping; a rebuild is already running");
        } catch (RuntimeException e) {
            log.warn("Could not check the search index mapping at start-up: {}", e.getMessage());
        }
    }
}
