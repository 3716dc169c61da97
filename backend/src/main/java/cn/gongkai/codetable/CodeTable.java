package cn.gongkai.codetable;

import java.util.Arrays;
import java.util.Optional;

/** The editable code tables (docs/API.md {@code /api/v1/code-tables/{table}}) other than the statute registry. */
public enum CodeTable {
    /** 试点领域: the 26 pilot domains and OTHER */
    DOMAINS("domains", "试点领域"),
    /** 公开渠道和载体 */
    CHANNELS("channels", "公开渠道和载体"),
    /** 公开层级 */
    LEVELS("levels", "公开层级");

    private final String path;
    private final String displayName;

    CodeTable(String path, String displayName) {
        this.path = path;
        this.displayName = displayName;
    }

    public String path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CodeTable> fromPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}
