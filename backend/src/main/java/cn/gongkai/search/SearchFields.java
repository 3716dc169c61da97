package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.common.SearchText;

/**
 * What the index's matching fields receive: the normalised words of a text ({@link SearchText#words}), one array
 * value per word with its characters separated by spaces, so the standard tokenizer makes one token per character
 * (Latin and digit runs included) and neither bigrams nor phrases ever cross a space or a punctuation mark (array
 * values are 100 positions apart). These fields are indexed only, not kept in {@code _source}.
 */
final class SearchFields {

    private SearchFields() {
    }

    static List<String> spacedWords(String... texts) {
        List<String> values = new ArrayList<>();
        for (String text : texts) {
            for (String word : SearchText.words(text)) {
                values.add(ElasticsearchQueries.spaced(word));
            }
        }
        return values;
    }

    /** the title's words joined without separators, for "the whole query in the title" */
    static String joined(String title) {
        return ElasticsearchQueries.spaced(String.join("", SearchText.words(title)));
    }
}
