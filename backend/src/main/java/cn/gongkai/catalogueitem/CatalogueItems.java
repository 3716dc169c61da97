package cn.gongkai.catalogueitem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.catalogueitem.CatalogueLinkMapper.Link;
import cn.gongkai.catalogueitem.CatalogueLinkMapper.Stage;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.ItemRef;
import cn.gongkai.item.ItemLookup.WithSteps;
import cn.gongkai.item.ItemStatus;
import cn.gongkai.item.ProcessStep;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import cn.gongkai.statute.CitationChecks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 政务公开事项目录 in the item machinery. Codes (domain, channels, levels) must be active entries of their code
 * tables; the 公开主体 must be an org; every source must be a power or service item the editor may read, not
 * archived, and a linked step must exist in it. The links are kept in {@code catalogue_source} for the working copy
 * and for the published revision, so coverage can be counted in SQL; a change of the published links is announced
 * ({@link CatalogueCoverageChanged}) with the sources linked before and after.
 */
@Component
class CatalogueItems implements ItemKindDefinition<CatalogueItemContent> {

    private static final int LINKS_PER_STATEMENT = 1000;

    private final CodeTables codes;
    private final OrgApi orgs;
    private final ItemLookup items;
    private final DataScopes scopes;
    private final CitationChecks citations;
    private final CatalogueLinkMapper links;
    private final ApplicationEventPublisher events;

    CatalogueItems(CodeTables codes, OrgApi orgs, ItemLookup items, DataScopes scopes, CitationChecks citations,
            CatalogueLinkMapper links, ApplicationEventPublisher events) {
        this.codes = codes;
        this.orgs = orgs;
        this.items = items;
        this.scopes = scopes;
        this.citations = citations;
        this.links = links;
        this.events = events;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CATALOGUE;
    }

    @Override
    public Class<CatalogueItemContent> contentType() {
        return CatalogueItemContent.class;
    }

    @Override
    public List<FieldError> check(long orgId, Long itemId, CatalogueItemContent c, CurrentUser user) {
        return checkAll(orgId, List.of(c), user).get(0);
    }

    /** the sources of all contents are read in one query per source kind, then each content is checked */
    @Override
    public List<List<FieldError>> checkAll(long orgId, List<CatalogueItemContent> contents, CurrentUser user) {
        Map<ItemKind, Map<Long, WithSteps>> sources = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : List.of(ItemKind.POWER, ItemKind.SERVICE)) {
            Set<Long> ids = new HashSet<>();
            contents.forEach(c -> c.sources().stream().filter(s -> s.kind() == kind && s.itemId() != null)
                    .forEach(s -> ids.add(s.itemId())));
            sources.put(kind, ids.isEmpty() ? Map.of() : items.findWithSteps(kind, ids));
        }
        DataScope readable = scopes.readable(user);
        return contents.stream().map(c -> errors(c, readable, sources)).toList();
    }

    private List<FieldError> errors(CatalogueItemContent c, DataScope readable,
            Map<ItemKind, Map<Long, WithSteps>> sources) {
        List<FieldError> errors = new ArrayList<>();
        if (!codes.isActive(CodeTable.DOMAINS, c.domainCode())) {
            errors.add(new FieldError("domainCode", "领域代码“" + c.domainCode() + "”不存在或已停用"));
        }
        for (int i = 0; i < c.channels().size(); i++) {
            String code = c.channels().get(i).code();
            if (!codes.isActive(CodeTable.CHANNELS, code)) {
                errors.add(new FieldError("channels[" + i + "].code", "公开渠道代码“" + code + "”不存在或已停用"));
            }
        }
        for (int i = 0; i < c.levels().size(); i++) {
            if (!codes.isActive(CodeTable.LEVELS, c.levels().get(i))) {
                errors.add(new FieldError("levels[" + i + "]", "公开层级代码“" + c.levels().get(i) + "”不存在或已停用"));
            }
        }
        if (c.subjectOrgId() != null && orgs.find(c.subjectOrgId()).isEmpty()) {
            errors.add(new FieldError("subjectOrgId", "公开主体机构不存在"));
        }
        for (int i = 0; i < c.sources().size(); i++) {
            CatalogueSource s = c.sources().get(i);
            if (s.kind() == ItemKind.POWER || s.kind() == ItemKind.SERVICE) { // other kinds: the content's own rules
                WithSteps found = s.itemId() == null ? null : sources.get(s.kind()).get(s.itemId());
                sourceError(s, "sources[" + i + "]", readable, found).ifPresent(errors::add);
            }
        }
        return errors;
    }

    private static Optional<FieldError> sourceError(CatalogueSource s, String field, DataScope readable,
            WithSteps found) {
        if (found == null || !readable.covers(found.ref().orgId())) {
            return Optional.of(new FieldError(field + ".itemId",
                    s.kind().displayName() + "事项 " + s.itemId() + " 不存在或不在您的数据范围内"));
        }
        ItemRef source = found.ref();
        if (source.status() == ItemStatus.ARCHIVED) {
            return Optional.of(new FieldError(field + ".itemId", "来源事项“" + source.name() + "”已归档，不能关联"));
        }
        if (s.stepSeq() != null && found.steps().stream().map(ProcessStep::seq).noneMatch(s.stepSeq()::equals)) {
            return Optional.of(new FieldError(field + ".stepSeq",
                    "来源事项“" + source.name() + "”没有序号为 " + s.stepSeq() + " 的流程步骤"));
        }
        return Optional.empty();
    }

    @Override
    public List<FieldError> warnings(CatalogueItemContent content) {
        return citations.warnings("basis", content.basis());
    }

    @Override
    public void saved(long id, long orgId, CatalogueItemContent content) {
        replace(id, Stage.WORKING, content);
    }

    /** new items have no links yet: one multi-row insert for the batch */
    @Override
    public void savedAll(long orgId, Map<Long, CatalogueItemContent> contentById) {
        insertAll(Stage.WORKING, contentById);
    }

    @Override
    public void published(long id, long orgId, CatalogueItemContent content, Instant at) {
        publishedAll(orgId, Map.of(id, content), at);
    }

    @Override
    public void publishedAll(long orgId, Map<Long, CatalogueItemContent> contentById, Instant at) {
        if (contentById.isEmpty()) {
            return;
        }
        Set<Long> affected = new HashSet<>(links.publishedSourceIds(contentById.keySet()));
        links.deleteAllLinks(contentById.keySet(), Stage.PUBLISHED);
        insertAll(Stage.PUBLISHED, contentById);
        contentById.values().forEach(c -> c.sources().forEach(s -> affected.add(s.itemId())));
        announce(affected);
    }

    @Override
    public void archived(long id) {
        unlink(id);
    }

    @Override
    public void deleting(long id) {
        unlink(id);
    }

    private void unlink(long id) {
        List<Long> published = links.publishedSourceIds(List.of(id));
        links.deleteLinks(id, null);
        announce(new HashSet<>(published));
    }

    private void announce(Set<Long> sourceIds) {
        if (!sourceIds.isEmpty()) {
            events.publishEvent(new CatalogueCoverageChanged(sourceIds));
        }
    }

    private void insertAll(Stage stage, Map<Long, CatalogueItemContent> contentById) {
        List<Link> all = new ArrayList<>();
        contentById.forEach((id, content) -> content.sources().forEach(s -> all.add(new Link(id, s.kind(), s.itemId(),
                s.stepSeq() == null ? 0 : s.stepSeq()))));
        for (int from = 0; from < all.size(); from += LINKS_PER_STATEMENT) {
            links.insertAllLinks(stage, all.subList(from, Math.min(all.size(), from + LINKS_PER_STATEMENT)));
        }
    }

    private void replace(long id, Stage stage, CatalogueItemContent content) {
        links.deleteLinks(id, stage);
        if (!content.sources().isEmpty()) {
            links.insertLinks(id, stage, content.sources());
        }
    }
}
