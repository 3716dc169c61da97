package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of a query (normalised, letters and digits only) with the synonyms it also matches. An item holds the
 * group when it holds the term or any of the synonyms as a substring of its title or text.
 */
record TermGroup(String term, List<String> synonyms) {

    TermGroup {
        synonyms = List.copyOf(synonyms);
    }

    List<String> alternatives() {
        List<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(term);
        synonyms.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }
}
