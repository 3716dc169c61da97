package cn.gongkai.item;

/** One id of a bulk action: {@code ok} with the new status, or the reason it failed (and its status, if known). */
public record BulkResult(long id, boolean ok, ItemStatus status, String error) {
}
