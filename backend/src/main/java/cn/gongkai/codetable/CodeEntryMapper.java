package cn.gongkai.codetable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CodeEntryMapper {

    @Select("""
            SELECT code, name, sort_order, active, note FROM code_entry
            WHERE code_table = #{table} ORDER BY sort_order, code""")
    List<CodeEntry> findAll(CodeTable table);

    @Select("SELECT code, name, sort_order, active, note FROM code_entry WHERE code_table = #{table} AND code = #{code}")
    Optional<CodeEntry> find(CodeTable table, String code);

    @Select("SELECT code FROM code_entry WHERE code_table = #{table} AND name = #{name}")
    Optional<String> findCodeByName(CodeTable table, String name);

    @Select("SELECT COALESCE(MAX(sort_order), 0) FROM code_entry WHERE code_table = #{table}")
    int maxSortOrder(CodeTable table);

    @Insert("""
            INSERT INTO code_entry (code_table, code, name, sort_order, active, note, created_at, updated_at)
            VALUES (#{table}, #{entry.code}, #{entry.name}, #{entry.sortOrder}, #{entry.active}, #{entry.note}, #{now}, #{now})""")
    void insert(CodeTable table, CodeEntry entry, Instant now);

    @Update("""
            UPDATE code_entry SET name = #{entry.name}, sort_order = #{entry.sortOrder}, active = #{entry.active},
                   note = #{entry.note}, updated_at = #{now}
            WHERE code_table = #{table} AND code = #{entry.code}""")
    int update(CodeTable table, CodeEntry entry, Instant now);
}
