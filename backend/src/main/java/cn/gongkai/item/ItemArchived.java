package cn.gongkai.item;

/** An item was archived: the public no longer sees it (published in the archiving transaction). */
public record ItemArchived(ItemKind kind, long itemId, long orgId) {
}
