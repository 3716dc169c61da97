package cn.gongkai.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The elements docs/DOMAIN.md's elementCompleteness asks of a published catalogue item, with the names the drill-down
 * shows. The 公开主体 defaults to the owning org (docs/DOMAIN.md "Catalogue items"), so an item always has one.
 */
enum CatalogueElement {
    LEVEL1("一级事项"),
    CONTENT("公开内容"),
    BASIS("公开依据"),
    TIME_LIMIT("公开时限"),
    SUBJECT("公开主体"),
    CHANNELS("公开渠道"),
    AUDIENCES("公开对象"),
    MODES("公开方式"),
    LEVELS("公开层级");

    private final String label;

    CatalogueElement(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** the elements a published content document lacks, in docs/DOMAIN.md's order */
    static List<CatalogueElement> missing(JsonNode content) {
        List<CatalogueElement> missing = new ArrayList<>();
        if (blank(content.path("level1"))) {
            missing.add(LEVEL1);
        }
        if (blank(content.path("content"))) {
            missing.add(CONTENT);
        }
        if (empty(content.path("basis"))) {
            missing.add(BASIS);
        }
        if (blank(content.path("timeLimit").path("text"))) {
            missing.add(TIME_LIMIT);
        }
        if (empty(content.path("channels"))) {
            missing.add(CHANNELS);
        }
        if (empty(content.path("audiences"))) {
            missing.add(AUDIENCES);
        }
        if (empty(content.path("modes"))) {
            missing.add(MODES);
        }
        if (empty(content.path("levels"))) {
            missing.add(LEVELS);
        }
        return missing;
    }

    /** stored form: comma-separated codes, null when nothing is missing */
    static String encode(List<CatalogueElement> elements) {
        return elements.isEmpty() ? null : String.join(",", elements.stream().map(Enum::name).toList());
    }

    static List<String> labels(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(",")).map(c -> valueOf(c.strip()).label()).toList();
    }

    private static boolean blank(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString("").isBlank();
    }

    private static boolean empty(JsonNode node) {
        return !node.isArray() || node.isEmpty();
    }
}
