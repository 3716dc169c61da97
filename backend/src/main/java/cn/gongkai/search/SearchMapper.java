package cn.gongkai.search;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The search feature's tables (V8): rebuild jobs and job leases; and the outbox counts of its listener. */
@Mapper
interface SearchMapper {

    String JOB_COLUMNS = "id, status, index_name, total, processed, error, started_by, started_at, finished_at";

    @Select("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE CONCAT(#{prefix}, '%')")
    long countIncomplete(String prefix);

    @Select("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND STATUS = 'FAILED' "
            + "AND LISTENER_ID LIKE CONCAT(#{prefix}, '%')")
    long countFailed(String prefix);

    /** fails with a duplicate key while another job runs ({@code running} is unique) */
    @Insert("INSERT INTO search_reindex_job (status, running, index_name, started_by, started_at, heartbeat_at) "
            + "VALUES ('RUNNING', 1, '', #{by}, #{at}, #{at})")
    void insertRunning(@Param("by") String by, @Param("at") Instant at);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE search_reindex_job SET index_name = #{index}, heartbeat_at = #{at} WHERE id = #{id}")
    void setIndex(@Param("id") long id, @Param("index") String index, @Param("at") Instant at);

    @Update("UPDATE search_reindex_job SET total = #{total}, processed = #{processed}, heartbeat_at = #{at} WHERE id = #{id}")
    void progress(@Param("id") long id, @Param("total") long total, @Param("processed") long processed,
            @Param("at") Instant at);

    @Update("UPDATE search_reindex_job SET status = #{status}, running = NULL, processed = #{processed}, "
            + "error = #{error}, finished_at = #{at}, heartbeat_at = #{at} WHERE id = #{id}")
    void finish(@Param("id") long id, @Param("status") ReindexJob.Status status, @Param("processed") long processed,
            @Param("error") String error, @Param("at") Instant at);

    /** a job whose instance stopped beating (crashed, killed) no longer blocks new ones */
    @Update("UPDATE search_reindex_job SET status = 'FAILED', running = NULL, finished_at = #{at}, "
            + "error = '任务中断（执行任务的应用实例已停止）' WHERE running = 1 AND heartbeat_at < #{staleBefore}")
    int failStale(@Param("staleBefore") Instant staleBefore, @Param("at") Instant at);

    @Select("SELECT " + JOB_COLUMNS + " FROM search_reindex_job WHERE id = #{id}")
    Optional<ReindexJob> findJob(long id);

    @Select("SELECT " + JOB_COLUMNS + " FROM search_reindex_job ORDER BY id DESC LIMIT 1")
    Optional<ReindexJob> lastJob();

    /** takes the lease if it is free or already ours; true if this instance holds it until {@code until} */
    @Update("UPDATE search_lease SET holder = #{holder}, expires_at = #{until} "
            + "WHERE name = #{name} AND (expires_at < #{now} OR holder = #{holder})")
    int acquire(@Param("name") String name, @Param("holder") String holder, @Param("now") Instant now,
            @Param("until") Instant until);
}
