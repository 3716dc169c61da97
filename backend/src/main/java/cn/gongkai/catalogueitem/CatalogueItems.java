package cn.gongkai.catalogueitem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.catalogueitem.CatalogueLinkMapper.Stage;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.ItemRef;
import cn.gongkai.item.ItemStatus;
import cn.gongkai.item.ProcessStep;
import cn.gongkai.org.OrgApi;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import cn.gongkai.statute.CitationChecks;
import org.springframework.stereotype.Component;

/**
 * 政务公开事项目录 in the item machinery. Codes (domain, channels, levels) must be active entries of their code
 * tables; the 公开主体 must be an org; every source must be a power or service item the editor may read, not
 * archived, and a linked step must exist in it. The links are kept in {@code catalogue_source} for the working copy
 * and for the published revision, so coverage can be counted in SQL.
 */
@Component
class CatalogueItems implements ItemKindDefinition<CatalogueItemContent> {

    private final CodeTables codes;
    private final OrgApi orgs;
    private final ItemLookup items;
    private final DataScopes scopes;
    private final CitationChecks citations;
    private final CatalogueLinkMapper links;

    CatalogueItems(CodeTables codes, OrgApi orgs, ItemLookup items, DataScopes scopes, CitationChecks citations,
            CatalogueLinkMapper links) {
        this.codes = codes;
        this.orgs = orgs;
        this.items = items;
        this.scopes = scopes;
        this.citations = citations;
        this.links = links;
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
        DataScope readable = scopes.readable(user);
        for (int i = 0; i < c.sources().size(); i++) {
            sourceError(c.sources().get(i), "sources[" + i + "]", readable).ifPresent(errors::add);
        }
        return errors;
    }

    private java.util.Optional<FieldError> sourceError(CatalogueSource s, String field, DataScope readable) {
        if (s.kind() != ItemKind.POWER && s.kind() != ItemKind.SERVICE) {
            return java.util.Optional.empty(); // reported by the content's own rules
        }
        ItemRef source = items.find(s.kind(), s.itemId()).filter(r -> readable.covers(r.orgId())).orElse(null);
        if (source == null) {
            return java.util.Optional.of(new FieldError(field + ".itemId",
                    s.kind().displayName() + "事项 " + s.itemId() + " 不存在或不在您的数据范围内"));
        }
        if (source.status() == ItemStatus.ARCHIVED) {
            return java.util.Optional.of(new FieldError(field + ".itemId", "来源事项“" + source.name() + "”已归档，不能关联"));
        }
        if (s.stepSeq() != null && items.steps(s.kind(), s.itemId()).stream().map(ProcessStep::seq)
                .noneMatch(s.stepSeq()::equals)) {
            return java.util.Optional.of(new FieldError(field + ".stepSeq",
                    "来源事项“" + source.name() + "”没有序号为 " + s.stepSeq() + " 的流程步骤"));
        }
        return java.util.Optional.empty();
    }

    @Override
    public List<FieldError> warnings(CatalogueItemContent content) {
        return citations.warnings("basis", content.basis());
    }

    @Override
    public void saved(long id, long orgId, CatalogueItemContent content) {
        replace(id, Stage.WORKING, content);
    }

    @Override
    public void published(long id, long orgId, CatalogueItemContent content, Instant at) {
        replace(id, Stage.PUBLISHED, content);
    }

    @Override
    public void archived(long id) {
        links.deleteLinks(id, null);
    }

    @Override
    public void deleting(long id) {
        links.deleteLinks(id, null);
    }

    private void replace(long id, Stage stage, CatalogueItemContent content) {
        links.deleteLinks(id, stage);
        if (!content.sources().isEmpty()) {
            links.insertLinks(id, stage, content.sources());
        }
    }
}
