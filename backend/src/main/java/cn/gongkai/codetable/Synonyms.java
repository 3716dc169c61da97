package cn.gongkai.codetable;

import java.util.List;

/** What the public search asks of the 同义词 table (cached; a write through the API applies at once). */
public interface Synonyms {

    /** the normalised synonyms of a normalised term from the active pairs, in table order; empty if none */
    List<String> of(String term);
}
