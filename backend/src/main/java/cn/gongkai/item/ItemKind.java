package cn.gongkai.item;

import java.util.Arrays;
import java.util.Optional;

/** The four lists (docs/API.md "Kinds of item"), each with its path segment and Chinese name. */
public enum ItemKind {
    POWER("power-items", "权责清单"),
    SERVICE("service-items", "公共服务清单"),
    CATALOGUE("catalogue-items", "政务公开事项目录"),
    NEGATIVE("negative-items", "负面清单");

    private final String path;
    private final String displayName;

    ItemKind(String path, String displayName) {
        this.path = path;
        this.displayName = displayName;
    }

    public String path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ItemKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
