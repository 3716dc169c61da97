package cn.gongkai.poweritem;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ItemLookup;
import cn.gongkai.item.ItemLookup.ItemRef;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import cn.gongkai.item.ItemStatus;
import cn.gongkai.statute.CitationChecks;
import org.springframework.stereotype.Component;

/**
 * 权责清单 in the item machinery. A 子项 names its main item: a power item of the same org that is not archived,
 * not itself a sub-item, and not the item itself.
 */
@Component
class PowerItems implements ItemKindDefinition<PowerItemContent> {

    private final ItemLookup items;
    private final CitationChecks citations;

    PowerItems(ItemLookup items, CitationChecks citations) {
        this.items = items;
        this.citations = citations;
    }

    @Override
    public List<FieldError> warnings(PowerItemContent content) {
        return citations.warnings("legalBasis", content.legalBasis());
    }

    @Override
    public ItemKind kind() {
        return ItemKind.POWER;
    }

    @Override
    public Class<PowerItemContent> contentType() {
        return PowerItemContent.class;
    }

    @Override
    public List<FieldError> check(long orgId, Long itemId, PowerItemContent content) {
        Long parentId = content.parentId();
        if (parentId == null) {
            return List.of();
        }
        if (parentId.equals(itemId)) {
            return List.of(new FieldError("parentId", "主项不能是事项自身"));
        }
        ItemRef parent = items.find(ItemKind.POWER, parentId).orElse(null);
        if (parent == null || parent.orgId() != orgId || parent.status() == ItemStatus.ARCHIVED) {
            return List.of(new FieldError("parentId", "主项须是本机构未归档的权责事项"));
        }
        if (parent.parentId() != null) {
            return List.of(new FieldError("parentId", "主项本身是子项，子项下不能再设子项"));
        }
        return List.of();
    }
}
