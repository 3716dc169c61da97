package cn.gongkai.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the public searched for (公众检索热词) and did not find (无结果检索词), counted per day by the public search.
 * Today's searches are included at once.
 */
public interface SearchTerms {

    /**
     * the most frequent terms of searches whose org filter is one of {@code orgIds} or that had no org filter, from
     * {@code from} to {@code to} (Beijing dates, inclusive); {@code zeroHits}: count only searches that found nothing
     */
    List<SearchTermCount> top(Collection<Long> orgIds, LocalDate from, LocalDate to, boolean zeroHits, int limit);
}
