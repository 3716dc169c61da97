package cn.gongkai.codetable;

import java.util.List;
import java.util.Optional;

/** What other features ask of the code tables (cached; a write through the API is visible at once). */
public interface CodeTables {

    /** every entry of the table, active or not, in sort order */
    List<CodeEntry> entries(CodeTable table);

    Optional<CodeEntry> find(CodeTable table, String code);

    /** the code exists and is active: what a new save may use */
    default boolean isActive(CodeTable table, String code) {
        return find(table, code).map(CodeEntry::active).orElse(false);
    }
}
