package cn.gongkai.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface OrgMapper {

    String COLUMNS = "id, code, name, short_name, type, level, parent_id, path, region_code, credit_code, sort_order, "
            + "enabled, version, created_at, updated_at";

    @Select("SELECT " + COLUMNS + " FROM org_unit ORDER BY sort_order, id")
    List<OrgUnit> findAll();

    @Select("SELECT " + COLUMNS + " FROM org_unit WHERE id = #{id}")
    Optional<OrgUnit> findById(long id);

    @Select("SELECT " + COLUMNS + " FROM org_unit WHERE code = #{code}")
    Optional<OrgUnit> findByCode(String code);

    /** the org and its whole subtree, through the path index */
    @Select("SELECT id FROM org_unit WHERE path LIKE CONCAT(#{path}, '%')")
    List<Long> findSubtreeIds(String path);

    /** the org and every org below it; empty for an unknown org */
    default List<Long> subtreeIdsOf(long id) {
        return findById(id).map(o -> findSubtreeIds(o.path())).orElse(List.of());
    }

    List<OrgUnit> findByIds(Collection<Long> ids);

    /** id and name only: what pages listing many orgs need */
    List<OrgName> findNames(Collection<? extends Long> ids);

    record OrgName(long id, String name) {
    }

    @Select("SELECT COUNT(*) FROM org_unit")
    long countAll();

    @Select("SELECT COUNT(*) FROM org_unit WHERE parent_id = #{id}")
    int countChildren(long id);

    /** id via {@link #lastInsertId()} in the same transaction (records are immutable) */
    void insert(OrgUnit org);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE org_unit SET path = #{path} WHERE id = #{id}")
    void updatePath(long id, String path);

    void update(OrgUnit org);

    /** re-roots a moved subtree: every path below {@code oldPrefix} now starts with {@code newPrefix} */
    @Update("""
            UPDATE org_unit SET path = CONCAT(#{newPrefix}, SUBSTRING(path, CHAR_LENGTH(#{oldPrefix}) + 1))
            WHERE path LIKE CONCAT(#{oldPrefix}, '%') AND id != #{rootId}""")
    void movePaths(long rootId, String oldPrefix, String newPrefix);

    @Update("DELETE FROM org_unit WHERE id = #{id}")
    int delete(long id);
}
