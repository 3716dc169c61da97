package cn.gongkai.codetable;

/**
 * One code of a code table. {@code code} never changes once created (local renames such as 乡村振兴 for 扶贫 change
 * the name only); an inactive code stays readable for old items but is refused on new saves.
 */
public record CodeEntry(String code, String name, int sortOrder, boolean active, String note) {
}
