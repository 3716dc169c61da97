package cn.gongkai.catalogueitem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.catalogueitem.CatalogueLinkMapper.Link;
import cn.gongkai.catalogueitem.CatalogueLinkMapper.Stage;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedRef;
import cn.gongkai.item.ItemStatus;
import cn.gongkai.item.ItemViewExtension;
import cn.gongkai.item.ProcessStep;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both sides of a catalogue link on the item views: a catalogue item shows its {@code sourceItems} (with names and
 * step names), a power or service item the {@code catalogueItems} that cover it. The console sees the working
 * copies' links; the public only published revisions on both ends.
 */
@Component
@Transactional(readOnly = true)
class CatalogueLinks implements ItemViewExtension {

    private final CatalogueLinkMapper links;
    private final ItemLookup items;
    private final OrgApi orgs;

    CatalogueLinks(CatalogueLinkMapper links, ItemLookup items, OrgApi orgs) {
        this.links = links;
        this.items = items;
        this.orgs = orgs;
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of("sourceItems", "catalogueItems");
    }

    @Override
    public Map<String, Object> extras(ItemKind kind, long id, boolean publicView) {
        Stage stage = publicView ? Stage.PUBLISHED : Stage.WORKING;
        return switch (kind) {
            case CATALOGUE -> Map.of("sourceItems", sources(id, stage, publicView));
            case POWER, SERVICE -> Map.of("catalogueItems", coverers(id, stage, publicView));
            default -> Map.of();
        };
    }

    private List<SourceItem> sources(long catalogueId, Stage stage, boolean publicView) {
        List<SourceItem> out = new ArrayList<>();
        for (Link l : links.linksFrom(catalogueId, stage)) {
            describe(l.sourceKind(), l.sourceId(), publicView).ifPresent(d -> out.add(new SourceItem(l.sourceKind(),
                    l.sourceId(), d.code(), d.name(), d.orgId(), orgName(d.orgId()), d.status(), l.step(),
                    stepName(d.steps(), l.step()))));
        }
        return out;
    }

    private List<CoveringItem> coverers(long sourceId, Stage stage, boolean publicView) {
        List<CoveringItem> out = new ArrayList<>();
        for (Link l : links.linksTo(sourceId, stage)) {
            describe(ItemKind.CATALOGUE, l.catalogueId(), publicView).ifPresent(d -> out.add(new CoveringItem(
                    l.catalogueId(), d.code(), d.name(), d.orgId(), orgName(d.orgId()), d.status(), l.step())));
        }
        return out;
    }

    /** the end of a link as the reader may see it: the public only a published revision */
    private Optional<Described> describe(ItemKind kind, long id, boolean publicView) {
        if (publicView) {
            return items.published(kind, id).map(p -> new Described(p.code(), p.name(), p.orgId(), null, p.steps()));
        }
        return items.find(kind, id).filter(r -> r.status() != ItemStatus.ARCHIVED)
                .map(r -> new Described(r.code(), r.name(), r.orgId(), r.status(), items.steps(kind, id)));
    }

    private String orgName(long orgId) {
        return orgs.find(orgId).map(OrgRef::name).orElse(null);
    }

    private static String stepName(List<ProcessStep> steps, Integer seq) {
        return seq == null ? null
                : steps.stream().filter(s -> seq.equals(s.seq())).map(ProcessStep::name).findFirst().orElse(null);
    }

    private record Described(String code, String name, long orgId, ItemStatus status, List<ProcessStep> steps) {
    }

    /** a power/service item a catalogue item discloses; {@code status} only in the console */
    record SourceItem(ItemKind kind, long itemId, String code, String name, long orgId, String orgName,
            ItemStatus status, Integer stepSeq, String stepName) {
    }

    /** a catalogue item that covers a power/service item */
    record CoveringItem(long id, String code, String name, long orgId, String orgName, ItemStatus status,
            Integer stepSeq) {
    }
}
