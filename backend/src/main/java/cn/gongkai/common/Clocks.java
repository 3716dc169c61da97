package cn.gongkai.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link Clock} for the whole app (tests may replace it); instants are UTC, people read Beijing time. */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    /** The zone users read dates in: lockout messages, date filters, "today" of review deadlines. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
