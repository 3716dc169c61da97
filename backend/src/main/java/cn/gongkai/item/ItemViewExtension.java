package cn.gongkai.item;

import java.util.Map;

/**
 * Adds fields to the view of one item that live outside its content, e.g. the catalogue items covering a power
 * item or a negative item's next review date. Applied to single-item reads (console and public), not to lists.
 * For the public view ({@code publicView}) an extension must only show published data.
 */
public interface ItemViewExtension {

    Map<String, Object> extras(ItemKind kind, long id, boolean publicView);

    /** the fields it adds to the rows of a list page, for all rows in one query; by item id (default: none) */
    default Map<Long, Map<String, Object>> listExtras(ItemKind kind, java.util.Collection<Long> ids) {
        return Map.of();
    }

    /** the names of the fields it adds: ignored when a client sends a view back as a request body */
    java.util.Set<String> fieldNames();
}
