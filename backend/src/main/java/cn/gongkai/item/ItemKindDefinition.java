package cn.gongkai.item;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;

/**
 * A list's plug-in to the item machinery: its kind, its content type and the checks that need the database (e.g. a
 * sub-item's main item must exist in the same org). Each list registers one as a bean.
 */
public interface ItemKindDefinition<C extends ItemContent> {

    ItemKind kind();

    Class<C> contentType();

    /**
     * Checks against other data. {@code itemId} is null for a new item.
     */
    default List<FieldError> check(long orgId, Long itemId, C content) {
        return List.of();
    }
}
