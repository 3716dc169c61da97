package cn.gongkai.item;

import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads: only the current published revision of items that are not archived. Drafts, pending and
 * rejected content and the names of the officials who handled an item never appear here.
 */
@Component
@Transactional(readOnly = true)
class PublicItems {

    private final ItemMapper mapper;
    private final ItemReader reader;
    private final OrgApi orgs;
    private final ItemKinds kinds;

    PublicItems(ItemMapper mapper, ItemReader reader, OrgApi orgs, ItemKinds kinds) {
        this.mapper = mapper;
        this.reader = reader;
        this.orgs = orgs;
        this.kinds = kinds;
    }

    PageResult<ItemView> list(ItemKind kind, Long orgId, String category, String domainCode, String part,
            PageQuery page) {
        List<Long> orgIds = null;
        if (orgId != null) {
            orgIds = orgs.cachedSubtreeIds(orgId);
            if (orgIds.isEmpty()) {
                return page.result(List.of(), 0);
            }
        }
        long total = mapper.countPublic(kind, orgIds, category, domainCode, part);
        if (total == 0) {
            return page.result(List.of(), 0);
        }
        List<ItemMapper.PublicRow> rows = mapper.listPublic(kind, orgIds, category, domainCode, part, page.offset(),
                page.size());
        Map<Long, OrgRef> names = orgs.findAll(rows.stream().map(ItemMapper.PublicRow::orgId).distinct().toList());
        return page.result(rows.stream().map(r -> reader.revisionView(kind, r.orgId(),
                names.containsKey(r.orgId()) ? names.get(r.orgId()).name() : null, r.toRevision())).toList(), total);
    }

    ItemView get(ItemKind kind, long id) {
        ItemRow row = visible(kind, id);
        RevisionRow r = mapper.revision(id, row.revision()).orElseThrow();
        ItemView view = reader.revisionView(kind, row.orgId(), reader.orgName(row.orgId()), r);
        Map<String, Object> fields = new java.util.LinkedHashMap<>(view.fields());
        fields.putAll(kinds.extras(kind, id, true));
        return view.withFields(fields);
    }

    List<RevisionSummary> revisions(ItemKind kind, long id) {
        visible(kind, id);
        return reader.summaries(id, true);
    }

    private ItemRow visible(ItemKind kind, long id) {
        return mapper.find(kind, id).filter(r -> r.everPublished() && r.status() != ItemStatus.ARCHIVED)
                .orElseThrow(() -> ApiException.notFound("该事项不存在或未公开"));
    }
}
