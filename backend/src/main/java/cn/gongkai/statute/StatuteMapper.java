package cn.gongkai.statute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface StatuteMapper {

    String COLUMNS = "id, code, title, doc_number, current_version, adopted_on, repealed, repealed_on, replaced_by, note, "
            + "created_at, updated_at";

    @Select("SELECT " + COLUMNS + " FROM statute ORDER BY id")
    List<StatuteRow> findAll();

    @Select("SELECT " + COLUMNS + " FROM statute WHERE code = #{code}")
    Optional<StatuteRow> findByCode(String code);

    @Select("SELECT statute_id, seq, alias FROM statute_alias ORDER BY statute_id, seq")
    List<AliasRow> findAllAliases();

    @Select("""
            SELECT statute_id, seq, old_version, old_article, new_article, keywords, note
            FROM statute_article_change ORDER BY statute_id, seq""")
    List<ChangeRow> findAllChanges();

    /** id via {@link #lastInsertId()} in the same transaction (records are immutable) */
    void insert(StatuteRow row);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE statute SET code = #{code} WHERE id = #{id}")
    void updateCode(long id, String code);

    void update(StatuteRow row);

    @Delete("DELETE FROM statute_alias WHERE statute_id = #{statuteId}")
    void deleteAliases(long statuteId);

    void insertAliases(List<AliasRow> rows);

    @Delete("DELETE FROM statute_article_change WHERE statute_id = #{statuteId}")
    void deleteChanges(long statuteId);

    void insertChanges(List<ChangeRow> rows);

    /** a row of {@code statute} */
    record StatuteRow(Long id, String code, String title, String docNumber, LocalDate currentVersion,
            LocalDate adoptedOn, boolean repealed, LocalDate repealedOn, String replacedBy, String note,
            Instant createdAt, Instant updatedAt) {
    }

    record AliasRow(long statuteId, int seq, String alias) {
    }

    /** {@code keywords} joined by {@code |} */
    record ChangeRow(long statuteId, int seq, LocalDate oldVersion, String oldArticle, String newArticle,
            String keywords, String note) {
    }
}
