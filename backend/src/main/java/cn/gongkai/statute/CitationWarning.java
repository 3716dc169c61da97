package cn.gongkai.statute;

/**
 * A problem the statute registry finds with one citation: {@code index} is its position in the checked list,
 * {@code problem} what is wrong, {@code message} the Chinese explanation shown next to the citation.
 */
public record CitationWarning(int index, Problem problem, String message) {

    public enum Problem {
        /** the title names no law in the registry */
        UNKNOWN_LAW,
        /** the law is repealed */
        REPEALED,
        /** the citation names a version older than the one in force */
        SUPERSEDED_VERSION,
        /** the cited article was renumbered or its content moved in the version in force */
        SUPERSEDED_ARTICLE
    }
}
