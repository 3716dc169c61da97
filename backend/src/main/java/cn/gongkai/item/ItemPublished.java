package cn.gongkai.item;

/** A revision of an item was approved and is now what the public sees (published in the approving transaction). */
public record ItemPublished(ItemKind kind, long itemId, long orgId, int revision) {
}
