package cn.gongkai.itemexcel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ImportJobMapper {

    @Insert("""
            INSERT INTO import_job (id, kind, org_id, file_name, status, phase, total, processed, imported, error_count,
                                    created_by, created_at, heartbeat_at)
            VALUES (#{id}, #{kind}, #{orgId}, #{fileName}, 'RUNNING', 'VALIDATING', NULL, 0, 0, 0, #{createdBy},
                    #{at}, #{at})""")
    void insert(@Param("id") String id, @Param("kind") String kind, @Param("orgId") long orgId,
            @Param("fileName") String fileName, @Param("createdBy") String createdBy, @Param("at") Instant at);

    @Select("SELECT * FROM import_job WHERE id = #{id}")
    Optional<JobRow> find(String id);

    @Update("""
            UPDATE import_job SET phase = #{phase}, total = #{total}, processed = #{processed}, imported = #{imported},
                   heartbeat_at = #{at}
            WHERE id = #{id} AND status = 'RUNNING'""")
    int progress(@Param("id") String id, @Param("phase") String phase, @Param("total") Integer total,
            @Param("processed") int processed, @Param("imported") int imported, @Param("at") Instant at);

    @Update("""
            UPDATE import_job SET status = #{status}, phase = NULL, processed = #{processed}, imported = #{imported},
                   error_count = #{errorCount}, errors = #{errors}, heartbeat_at = #{at}, finished_at = #{at}
            WHERE id = #{id} AND status = 'RUNNING'""")
    int finish(@Param("id") String id, @Param("status") String status, @Param("processed") int processed,
            @Param("imported") int imported, @Param("errorCount") int errorCount, @Param("errors") String errors,
            @Param("at") Instant at);

    /** a RUNNING job whose instance stopped beating: FAILED, so nobody waits for it forever */
    @Update("""
            UPDATE import_job SET status = 'FAILED', phase = NULL, imported = 0, error_count = 1, errors = #{errors},
                   finished_at = #{at}
            WHERE status = 'RUNNING' AND heartbeat_at < #{staleBefore} AND (#{id} IS NULL OR id = #{id})""")
    int failStale(@Param("id") String id, @Param("staleBefore") Instant staleBefore, @Param("errors") String errors,
            @Param("at") Instant at);

    @Insert("INSERT INTO import_job_file (job_id, seq, data) VALUES (#{jobId}, #{seq}, #{data})")
    void insertChunk(@Param("jobId") String jobId, @Param("seq") int seq, @Param("data") byte[] data);

    @Select("SELECT seq FROM import_job_file WHERE job_id = #{jobId} ORDER BY seq")
    List<Integer> chunks(String jobId);

    @Select("SELECT seq, data FROM import_job_file WHERE job_id = #{jobId} AND seq = #{seq}")
    FileChunk chunk(@Param("jobId") String jobId, @Param("seq") int seq);

    /** one piece of an uploaded file */
    record FileChunk(int seq, byte[] data) {
    }

    @Delete("DELETE FROM import_job_file WHERE job_id = #{jobId}")
    void deleteFile(String jobId);

    /** a row of import_job */
    record JobRow(String id, String kind, long orgId, String fileName, String status, String phase, Integer total,
            int processed, int imported, int errorCount, String errors, String createdBy, Instant createdAt,
            Instant heartbeatAt, Instant finishedAt) {
    }
}
