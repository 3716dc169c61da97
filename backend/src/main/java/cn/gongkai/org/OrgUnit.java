package cn.gongkai.org;

import java.time.Instant;

/** A row of {@code org_unit}; {@code path} is the materialized id path ({@code /1/5/23/}). */
record OrgUnit(Long id, String code, String name, String shortName, OrgType type, int level, Long parentId,
        String path, String regionCode, String creditCode, int sortOrder, boolean enabled, int version,
        Instant createdAt, Instant updatedAt) {
}
