package cn.gongkai.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "total": N, "page": 1, "size": 20}} (docs/API.md "Lists"). */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
