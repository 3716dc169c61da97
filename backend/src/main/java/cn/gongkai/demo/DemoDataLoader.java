package cn.gongkai.demo;

import cn.gongkai.org.OrgApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Loads the demo county into an empty database (no org yet), before the web server opens the port. */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoCounty county;
    private final OrgApi orgs;
    private final boolean enabled;
    private volatile boolean running;

    DemoDataLoader(DemoCounty county, OrgApi orgs, DemoProperties props, Environment env) {
        this.county = county;
        this.orgs = orgs;
        this.enabled = props.enabled() != null ? props.enabled()
                : !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    @Override
    public void start() {
        running = true;
        if (enabled && orgs.isEmpty()) {
            county.load();
            log.info("Loaded the demo county 云溪县; demo accounts use the password {} (see README)", DemoCounty.PASSWORD);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2560;
    }
}
