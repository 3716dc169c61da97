package cn.gongkai.negativeitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code negative_review}: when each published negative item is due for its periodic review (条例 art 18). */
@Mapper
interface NegativeReviewMapper {

    Optional<ReviewState> find(@Param("itemId") long itemId);

    List<ReviewState> findAll(@Param("itemIds") Collection<Long> itemIds);

    /** on publication: the next review is due one interval later; the last review stays on record */
    void schedule(@Param("itemId") long itemId, @Param("intervalMonths") int intervalMonths,
            @Param("nextReviewAt") LocalDate nextReviewAt);

    int recordReview(@Param("itemId") long itemId, @Param("nextReviewAt") LocalDate nextReviewAt,
            @Param("at") Instant at, @Param("by") String by, @Param("comment") String comment);

    List<DueItem> due(@Param("orgIds") Collection<Long> orgIds, @Param("until") LocalDate until,
            @Param("offset") long offset, @Param("limit") int limit);

    long countDue(@Param("orgIds") Collection<Long> orgIds, @Param("until") LocalDate until);

    record ReviewState(long itemId, int intervalMonths, LocalDate nextReviewAt, Instant lastReviewedAt,
            String lastReviewedBy, String lastComment) {
    }

    record DueItem(long id, long orgId, String code, String name, String part, String category, int intervalMonths,
            LocalDate nextReviewAt, Instant lastReviewedAt, String lastReviewedBy) {
    }
}
