package cn.gongkai.item;

/** The path segments of the four lists as one request-mapping pattern (other paths never reach item controllers). */
final class ItemPaths {

    static final String KIND = "{kind:power-items|service-items|catalogue-items|negative-items}";

    private ItemPaths() {
    }
}
