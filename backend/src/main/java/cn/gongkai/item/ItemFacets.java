package cn.gongkai.item;

/** The filterable fields of an item's content: category (power), domain (catalogue), part (negative), main item. */
public record ItemFacets(String category, String domainCode, String part, Long parentId) {

    public static ItemFacets category(String category) {
        return new ItemFacets(category, null, null, null);
    }
}
