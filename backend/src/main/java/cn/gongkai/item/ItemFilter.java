package cn.gongkai.item;

import java.util.Collection;

/**
 * A list query: the caller's scope ({@code orgIds}, never empty) narrowed by the optional filters.
 * {@code status} is the working copy's state, {@code publicState} what the public sees (a published item with a
 * revision in work is both PUBLISHED and DRAFT). {@code notSubmittedBy} leaves out what the caller submitted (the review queue).
 */
record ItemFilter(ItemKind kind, Collection<Long> orgIds, ItemStatus status, PublicState publicState, String q, String category,
        String domainCode, String part, String notSubmittedBy) {

    String qLike() {
        if (q == null || q.isBlank()) {
            return null;
        }
        // '!' is the LIKE escape character (ItemMapper.xml): a backslash would depend on the server's SQL mode
        String escaped = q.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
