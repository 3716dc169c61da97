package cn.gongkai.catalogueitem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.catalogueitem.DomainExemptionMapper.DomainExemption;
import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.common.ApiException;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.PublishedItem;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An org's 基层政务公开标准目录 as counties publish it: per domain (in code-table order), the published catalogue
 * items sorted by 一级 → 二级 → 三级事项, with the channel and level columns to draw ■/□, and the domains the org
 * declared not applicable (未涉及领域说明). Only published revisions.
 */
@Component
@Transactional(readOnly = true)
class CatalogueTable {

    /** more than any real org publishes; the table is one page */
    private static final int MAX_ITEMS = 5000;

    private final ItemLookup items;
    private final CodeTables codes;
    private final OrgApi orgs;
    private final DomainExemptionMapper exemptions;

    CatalogueTable(ItemLookup items, CodeTables codes, OrgApi orgs, DomainExemptionMapper exemptions) {
        this.items = items;
        this.codes = codes;
        this.orgs = orgs;
        this.exemptions = exemptions;
    }

    Table of(long orgId) {
        OrgRef org = orgs.find(orgId).filter(OrgRef::enabled)
                .orElseThrow(() -> ApiException.notFound("机构不存在"));
        List<PublishedItem> published = items.publishedOf(ItemKind.CATALOGUE, List.of(orgId), null, null, MAX_ITEMS);
        Map<String, List<Row>> byDomain = new LinkedHashMap<>();
        for (PublishedItem p : published) {
            CatalogueItemContent c = items.content(p, CatalogueItemContent.class);
            byDomain.computeIfAbsent(c.domainCode(), k -> new ArrayList<>()).add(row(p, c));
        }
        Map<String, DomainExemption> exempt = new LinkedHashMap<>();
        exemptions.ofOrg(orgId).forEach(e -> exempt.put(e.domainCode(), e));
        List<DomainSection> sections = new ArrayList<>();
        for (CodeEntry d : codes.entries(CodeTable.DOMAINS)) {
            List<Row> rows = byDomain.remove(d.code());
            DomainExemption e = exempt.get(d.code());
            if (rows != null || e != null) {
                sections.add(section(d.code(), d.name(), rows, e));
            }
        }
        // a domain code no longer in the table still shows its items
        byDomain.forEach((code, rows) -> sections.add(section(code, code, rows, null)));
        return new Table(orgId, org.name(), entries(CodeTable.CHANNELS), entries(CodeTable.LEVELS), sections);
    }

    private static DomainSection section(String code, String name, List<Row> rows, DomainExemption e) {
        List<Row> sorted = rows == null ? List.of() : rows.stream().sorted(Comparator
                .comparing(Row::level1, Comparator.nullsLast(String::compareTo))
                .thenComparing(Row::level2, Comparator.nullsFirst(String::compareTo))
                .thenComparing(Row::level3, Comparator.nullsFirst(String::compareTo))
                .thenComparing(Row::code)).toList();
        return new DomainSection(code, name, e != null, e == null ? null : e.reason(), sorted);
    }

    private Row row(PublishedItem p, CatalogueItemContent c) {
        long subject = c.subjectOrgId() == null ? p.orgId() : c.subjectOrgId();
        String subjectName = orgs.find(subject).map(OrgRef::name).orElse(null);
        return new Row(p.id(), p.code(), p.name(), c.level1(), c.level2(), c.level3(), c.content(), c.basis(),
                c.timeLimit(), c.displayPeriod(), subjectName, c.subjectNote(), c.channels(), c.otherChannels(),
                c.audiences(), c.modes(), c.levels(), c.nested(), c.nestedSystem(), p.revision(), p.publishedAt());
    }

    private List<Code> entries(CodeTable table) {
        return codes.entries(table).stream().filter(CodeEntry::active).map(e -> new Code(e.code(), e.name()))
                .toList();
    }

    record Table(long orgId, String orgName, List<Code> channels, List<Code> levels, List<DomainSection> domains) {
    }

    record Code(String code, String name) {
    }

    record DomainSection(String domainCode, String name, boolean notApplicable, String reason, List<Row> items) {
    }

    record Row(long id, String code, String name, String level1, String level2, String level3, String content,
            List<cn.gongkai.item.LegalCitation> basis, DisclosureTimeLimit timeLimit, DisplayPeriod displayPeriod,
            String subject, String subjectNote, List<ChannelChoice> channels, String otherChannels,
            List<Audience> audiences, List<DisclosureMode> modes, List<String> levels, Boolean nested,
            String nestedSystem, int revision, Instant publishedAt) {
    }
}
