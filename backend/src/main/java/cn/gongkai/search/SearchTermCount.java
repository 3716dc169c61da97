package cn.gongkai.search;

import java.time.Instant;

/** A public search term with how often it was searched (or found nothing) in a period, and when it was last seen. */
public record SearchTermCount(String term, long count, Instant lastSeenAt) {
}
