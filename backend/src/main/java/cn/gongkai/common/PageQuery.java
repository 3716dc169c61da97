package cn.gongkai.common;

/**
 * {@code ?page=1&size=20}: 1-based page, size at most 200. Out-of-range values are a 400, not silently clamped,
 * so that a client learns its request was wrong.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw ApiException.badRequest("page 必须从 1 开始");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size 必须在 1 到 " + MAX_SIZE + " 之间");
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public <T> PageResult<T> result(java.util.List<T> items, long total) {
        return new PageResult<>(items, total, page, size);
    }
}
