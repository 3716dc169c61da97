package cn.gongkai.org;

import java.util.ArrayList;
import java.util.List;

/** An org as the tree API shows it. */
public record OrgNode(long id, String code, String name, String shortName, OrgType type, int level,
        String regionCode, String creditCode, Long parentId, int sortOrder, boolean enabled, List<OrgNode> children) {

    static OrgNode from(OrgUnit o) {
        return new OrgNode(o.id(), o.code(), o.name(), o.shortName(), o.type(), o.level(), o.regionCode(),
                o.creditCode(), o.parentId(), o.sortOrder(), o.enabled(), new ArrayList<>());
    }

    /** the same org without its children: what a single GET, a write and the audit log show */
    OrgNode leaf() {
        return new OrgNode(id, code, name, shortName, type, level, regionCode, creditCode, parentId, sortOrder, enabled,
                List.of());
    }
}
