package cn.gongkai.item;

import java.time.Instant;
import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.security.CurrentUser;

/**
 * A list's plug-in to the item machinery: its kind, its content type, the checks that need the database (e.g. a
 * sub-item's main item must exist in the same org), warnings that do not block a save (e.g. a superseded legal
 * citation), and hooks that keep the list's own tables in step with the lifecycle. Each list registers one as a bean.
 * The hooks run inside the lifecycle's transaction: if they fail, nothing of the write remains.
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

    /** {@link #check(long, Long, ItemContent)} for checks that depend on who saves (e.g. links within their scope) */
    default List<FieldError> check(long orgId, Long itemId, C content, CurrentUser user) {
        return check(orgId, itemId, content);
    }

    /** what is doubtful but allowed, shown on the item in the console (field paths as in validation errors) */
    default List<FieldError> warnings(C content) {
        return List.of();
    }

    /** after the working copy was created or changed */
    default void saved(long id, long orgId, C content) {
    }

    /** after a revision was published */
    default void published(long id, long orgId, C content, Instant at) {
    }

    /** after the item was archived */
    default void archived(long id) {
    }

    /** before a never-published draft is deleted */
    default void deleting(long id) {
    }
}
