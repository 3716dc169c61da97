package cn.gongkai.org;

import java.util.Arrays;
import java.util.List;

/** What other features know of an org. {@code path} is {@code /1/5/23/}: the ids from the root down to it. */
public record OrgRef(long id, String code, String name, OrgType type, int level, Long parentId, String path,
        boolean enabled) {

    static OrgRef from(OrgUnit o) {
        return new OrgRef(o.id(), o.code(), o.name(), o.type(), o.level(), o.parentId(), o.path(), o.enabled());
    }

    /** the ids on the path from the root down to this org, itself included */
    public List<Long> pathIds() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
