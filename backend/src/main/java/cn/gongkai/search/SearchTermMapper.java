package cn.gongkai.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SearchTermMapper {

    @Insert("""
            INSERT INTO search_term_day (day, org_id, term, searches, zero_hits, last_seen_at)
            VALUES (#{day}, #{orgId}, #{term}, #{searches}, #{zeroHits}, #{lastSeenAt})
            ON DUPLICATE KEY UPDATE searches = searches + VALUES(searches), zero_hits = zero_hits + VALUES(zero_hits),
                last_seen_at = GREATEST(last_seen_at, VALUES(last_seen_at))""")
    void add(LocalDate day, long orgId, String term, long searches, long zeroHits, Instant lastSeenAt);

    @Select("""
            <script>
            SELECT term, SUM(<choose><when test="zeroHits">zero_hits</when><otherwise>searches</otherwise></choose>) AS count,
                   MAX(last_seen_at) AS last_seen_at
            FROM search_term_day
            WHERE day BETWEEN #{from} AND #{to}
              AND org_id IN (0<foreach collection="orgIds" item="id">, #{id}</foreach>)
              <if test="zeroHits">AND zero_hits > 0</if>
            GROUP BY term
            ORDER BY count DESC, last_seen_at DESC, term
            LIMIT #{limit}
            </script>""")
    List<SearchTermCount> top(Collection<Long> orgIds, LocalDate from, LocalDate to, boolean zeroHits, int limit);

    @Delete("DELETE FROM search_term_day WHERE day < #{before}")
    int pruneBefore(LocalDate before);
}
