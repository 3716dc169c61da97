package cn.gongkai.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-safe list fields for content records: a missing list is empty (nulls inside are left for validation). */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
