package cn.gongkai.codetable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SynonymMapper {

    @Select("SELECT id, term, synonym, source, active, updated_at FROM search_synonym ORDER BY id")
    List<Synonym> findAll();

    @Select("SELECT id, term, synonym, source, active, updated_at FROM search_synonym WHERE id = #{id}")
    Optional<Synonym> find(long id);

    @Insert("""
            INSERT INTO search_synonym (term, synonym, source, active, created_at, updated_at)
            VALUES (#{s.term}, #{s.synonym}, #{s.source}, #{s.active}, #{now}, #{now})""")
    void insert(Synonym s, Instant now);

    /** the id of the row just inserted in this transaction (records are immutable) */
    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("""
            UPDATE search_synonym SET term = #{s.term}, synonym = #{s.synonym}, source = #{s.source},
                   active = #{s.active}, updated_at = #{now}
            WHERE id = #{s.id}""")
    int update(Synonym s, Instant now);

    @Delete("DELETE FROM search_synonym WHERE id = #{id}")
    int delete(long id);
}
