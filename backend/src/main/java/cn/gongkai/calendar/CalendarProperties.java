package cn.gongkai.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.calendar.cache-ttl}: how long an app instance trusts its in-memory copy of the calendar. An edit
 * refreshes the copy of the instance that made it at once; other instances of a cluster see it after at most
 * this long.
 */
@ConfigurationProperties("gongkai.calendar")
record CalendarProperties(@DefaultValue("1m") Duration cacheTtl) {
}
