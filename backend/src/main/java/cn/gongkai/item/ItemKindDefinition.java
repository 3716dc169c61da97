package cn.gongkai.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    /**
     * {@link #check(long, Long, ItemContent, CurrentUser)} of many new items of one org at once (imports, batch
     * creation), one error list per content in order. Lists whose checks read other data override it to read once
     * for the whole batch.
     */
    default List<List<FieldError>> checkAll(long orgId, List<C> contents, CurrentUser user) {
        return contents.stream().map(c -> check(orgId, null, c, user)).toList();
    }

    /** what is doubtful but allowed, shown on the item in the console (field paths as in validation errors) */
    default List<FieldError> warnings(C content) {
        return List.of();
    }

    /** after the working copy was created or changed */
    default void saved(long id, long orgId, C content) {
    }

    /** {@link #saved} of many new items of one org at once, content by id (batch creation) */
    default void savedAll(long orgId, Map<Long, C> contentById) {
        contentById.forEach((id, content) -> saved(id, orgId, content));
    }

    /** after a revision was published */
    default void published(long id, long orgId, C content, Instant at) {
    }

    /** {@link #published} of many items of one org at once, content by id (bulk publication) */
    default void publishedAll(long orgId, Map<Long, C> contentById, Instant at) {
        contentById.forEach((id, content) -> published(id, orgId, content, at));
    }

    /** after the item was archived */
    default void archived(long id) {
    }

    /** before a never-published draft is deleted */
    default void deleting(long id) {
    }
}
