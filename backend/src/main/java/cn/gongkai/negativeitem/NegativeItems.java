package cn.gongkai.negativeitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.common.Clocks;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import cn.gongkai.statute.CitationChecks;
import org.springframework.stereotype.Component;

/**
 * 负面清单 in the item machinery: citations are checked against the statute registry (warnings, not refusals), and
 * each publication schedules the next periodic review (条例 art 18) one review interval later.
 */
@Component
class NegativeItems implements ItemKindDefinition<NegativeItemContent> {

    private final CitationChecks citations;
    private final NegativeReviewMapper reviews;

    NegativeItems(CitationChecks citations, NegativeReviewMapper reviews) {
        this.citations = citations;
        this.reviews = reviews;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.NEGATIVE;
    }

    @Override
    public Class<NegativeItemContent> contentType() {
        return NegativeItemContent.class;
    }

    @Override
    public List<FieldError> warnings(NegativeItemContent content) {
        return citations.warnings("legalBasis", content.legalBasis());
    }

    @Override
    public void published(long id, long orgId, NegativeItemContent content, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Clocks.ZONE);
        reviews.schedule(id, content.reviewIntervalMonths(), day.plusMonths(content.reviewIntervalMonths()));
    }
}
