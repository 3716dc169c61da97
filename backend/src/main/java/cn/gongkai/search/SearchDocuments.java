package cn.gongkai.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup.PublishedItem;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;

/**
 * Turns a published revision into its {@link SearchDocument}. The body is the text people search for in each list
 * (docs/DOMAIN.md): the fields are named here, by the JSON field names of the published content, so the lists need not
 * know about search. Codes (enum values such as {@code LICENSING}) stay out of the body; every string inside a named
 * field (a citation's title and article, a step's name and description …) goes in.
 */
@Component
class SearchDocuments {

    private static final Map<ItemKind, List<String>> TEXT_FIELDS = new EnumMap<>(Map.of(
            ItemKind.POWER, List.of("legalBasis", "handlingUnit", "coImplementingOrgs", "responsibilities",
                    "accountability", "supervision", "processSteps", "integrityRisks", "fee"),
            ItemKind.SERVICE, List.of("legalBasis", "acceptingUnit", "processSteps", "materials", "sampleText", "fee",
                    "consultation", "complaint", "location", "hours"),
            ItemKind.CATALOGUE, List.of("level1", "level2", "level3", "content", "basis", "subjectNote",
                    "otherChannels", "nestedSystem"),
            ItemKind.NEGATIVE, List.of("description", "legalBasis")));

    private final OrgApi orgs;

    SearchDocuments(OrgApi orgs) {
        this.orgs = orgs;
    }

    SearchDocument of(PublishedItem item) {
        return of(item, orgs.find(item.orgId()).orElse(null));
    }

    /** many at once (a rebuild page): the orgs are read in one query */
    List<SearchDocument> of(Collection<PublishedItem> items) {
        Map<Long, OrgRef> byId = orgs.findAll(items.stream().map(PublishedItem::orgId).distinct().toList());
        return items.stream().map(i -> of(i, byId.get(i.orgId()))).toList();
    }

    private static SearchDocument of(PublishedItem item, OrgRef org) {
        Map<String, Object> fields = item.fields();
        List<String> text = new ArrayList<>();
        for (String field : TEXT_FIELDS.get(item.kind())) {
            collect(fields.get(field), text);
        }
        return new SearchDocument(item.id(), item.kind(), item.revision(), item.code(), item.name(),
                String.join("\n", text), item.orgId(), org == null ? List.of(item.orgId()) : org.pathIds(),
                string(fields.get("category")), string(fields.get("domainCode")), item.publishedAt());
    }

    private static void collect(Object value, List<String> into) {
        if (value instanceof String s && !s.isBlank()) {
            into.add(s.strip());
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, into));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> collect(v, into));
        }
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
