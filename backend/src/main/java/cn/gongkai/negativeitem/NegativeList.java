package cn.gongkai.negativeitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gongkai.common.ApiException;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.negativeitem.NegativeItemContent.AppliesTo;
import cn.gongkai.negativeitem.NegativeItemContent.Part;
import cn.gongkai.negativeitem.NegativeReviewMapper.ReviewState;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negative list that applies to one org (docs/DOMAIN.md "Negative items"): the COMMON items issued by the org and
 * every org above it (inherited by the whole subtree) and the org's own SPECIFIC items. Published revisions only.
 */
@Component
@Transactional(readOnly = true)
class NegativeList {

    private static final int MAX_ITEMS = 2000;

    private final ItemLookup items;
    private final OrgApi orgs;
    private final NegativeReviewMapper reviews;

    NegativeList(ItemLookup items, OrgApi orgs, NegativeReviewMapper reviews) {
        this.items = items;
        this.orgs = orgs;
        this.reviews = reviews;
    }

    Applicable of(long orgId) {
        OrgRef org = orgs.find(orgId).filter(OrgRef::enabled).orElseThrow(() -> ApiException.notFound("机构不存在"));
        List<Long> lineage = org.pathIds();
        Map<Long, OrgRef> issuers = orgs.findAll(lineage);
        List<PublishedItem> common = items.publishedOf(ItemKind.NEGATIVE, lineage, null, Part.COMMON.name(), MAX_ITEMS)
                .stream()
                // the nearest issuer first: the org's own common items, then its parent's, up to the root
                .sorted(Comparator.comparingInt((PublishedItem p) -> -lineage.indexOf(p.orgId()))
                        .thenComparing(PublishedItem::code))
                .toList();
        List<PublishedItem> specific = items.publishedOf(ItemKind.NEGATIVE, List.of(orgId), null,
                Part.SPECIFIC.name(), MAX_ITEMS);
        List<Long> ids = Stream.concat(common.stream(), specific.stream()).map(PublishedItem::id)
                .toList();
        Map<Long, LocalDate> nextReview = ids.isEmpty() ? Map.of() : reviews.findAll(ids).stream()
                .collect(Collectors.toMap(ReviewState::itemId, ReviewState::nextReviewAt));
        return new Applicable(orgId, org.name(),
                common.stream().map(p -> row(p, issuers.get(p.orgId()), nextReview.get(p.id()))).toList(),
                specific.stream().map(p -> row(p, org, nextReview.get(p.id()))).toList());
    }

    private Row row(PublishedItem p, OrgRef issuer, LocalDate nextReviewAt) {
        NegativeItemContent c = items.content(p, NegativeItemContent.class);
        return new Row(p.id(), p.code(), p.name(), c.part(), c.category(), c.category().displayName(),
                c.category().article(), c.description(), c.legalBasis(), c.appliesTo(), p.orgId(),
                issuer == null ? null : issuer.name(), p.revision(), p.publishedAt(), nextReviewAt);
    }

    record Applicable(long orgId, String orgName, List<Row> common, List<Row> specific) {
    }

    record Row(long id, String code, String name, Part part, NegativeCategory category, String categoryName,
            String article, String description, List<LegalCitation> legalBasis, AppliesTo appliesTo, long orgId,
            String orgName, int revision, Instant publishedAt, LocalDate nextReviewAt) {
    }
}
