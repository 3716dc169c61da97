package cn.gongkai.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ItemMapper {

    String COLUMNS = "id, kind, org_id, code, name, status, version, revision, change_reason, content, category, "
            + "domain_code, part, parent_id, created_at, created_by, updated_at, updated_by, submitted_at, submitted_by, "
            + "published_at, archived_at, archive_reason";

    @Select("SELECT " + COLUMNS + " FROM item WHERE kind = #{kind} AND id = #{id}")
    Optional<ItemRow> find(@Param("kind") ItemKind kind, @Param("id") long id);

    /** the items of a kind published or archived at or after {@code since} */
    @Select("SELECT id FROM item WHERE kind = #{kind} AND (published_at >= #{since} OR archived_at >= #{since})")
    List<Long> changedSince(@Param("kind") ItemKind kind, @Param("since") java.time.Instant since);

    /** the working copies of these items of a kind (unknown ids absent) */
    List<ItemRow> findAll(@Param("kind") ItemKind kind, @Param("ids") Collection<Long> ids);

    @Select("SELECT " + COLUMNS + " FROM item WHERE kind = #{kind} AND id = #{id} FOR UPDATE")
    Optional<ItemRow> lock(@Param("kind") ItemKind kind, @Param("id") long id);

    List<ItemRow> list(@Param("f") ItemFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("f") ItemFilter filter);

    void insert(ItemRow row);

    /** the ids of the non-archived items of an org's list with these codes */
    List<CodeId> activeIds(@Param("kind") ItemKind kind, @Param("orgId") long orgId,
            @Param("codes") Collection<String> codes);

    record CodeId(String code, long id) {
    }

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    /** writes the working copy if {@code version} is still {@code expectedVersion}; returns the rows changed */
    int update(@Param("row") ItemRow row, @Param("expectedVersion") int expectedVersion);

    @Delete("DELETE FROM item WHERE id = #{id}")
    void delete(long id);

    @Select("SELECT COUNT(*) FROM item WHERE org_id = #{orgId}")
    long countByOrg(long orgId);

    /** per status, the items of these orgs; {@code notSubmittedBy} leaves out the caller's own submissions */
    @Select("""
            <script>
            SELECT status, COUNT(*) AS n FROM item WHERE org_id IN
            <foreach collection="orgIds" item="o" open="(" separator="," close=")">#{o}</foreach>
            <if test="notSubmittedBy != null">AND (submitted_by IS NULL OR submitted_by &lt;&gt; #{notSubmittedBy})</if>
            GROUP BY status
            </script>""")
    List<StatusCount> countByStatus(@Param("orgIds") Collection<Long> orgIds,
            @Param("notSubmittedBy") String notSubmittedBy);

    record StatusCount(ItemStatus status, long n) {
    }

    // revisions

    void insertRevision(RevisionRow row);

    @Select("SELECT COALESCE(MAX(revision), 0) FROM item_revision WHERE item_id = #{itemId}")
    int lastRevision(long itemId);

    @Select("SELECT * FROM item_revision WHERE item_id = #{itemId} ORDER BY revision")
    List<RevisionRow> revisions(long itemId);

    @Select("SELECT * FROM item_revision WHERE item_id = #{itemId} AND revision = #{revision}")
    Optional<RevisionRow> revision(@Param("itemId") long itemId, @Param("revision") int revision);

    /** the revisions the public sees: the current published revision of items that are not archived */
    List<PublicRow> listPublic(@Param("kind") ItemKind kind, @Param("orgIds") Collection<Long> orgIds,
            @Param("category") String category, @Param("domainCode") String domainCode, @Param("part") String part,
            @Param("offset") long offset, @Param("limit") int limit);

    long countPublic(@Param("kind") ItemKind kind, @Param("orgIds") Collection<Long> orgIds,
            @Param("category") String category, @Param("domainCode") String domainCode, @Param("part") String part);

    /**
     * the revisions the public sees of one kind, by item id after {@code afterId} (keyset paging), only of the
     * items {@code ids} unless that is null
     */
    List<PublicRow> listPublicAfter(@Param("kind") ItemKind kind, @Param("afterId") long afterId,
            @Param("ids") Collection<Long> ids, @Param("limit") int limit);

    List<IdRevision> publicRevisionsAfter(@Param("kind") ItemKind kind, @Param("afterId") long afterId,
            @Param("limit") int limit);

    /** an item and the revision the public sees */
    record IdRevision(long id, int revision) {
    }

    /** a published revision with the org of its item (flat: MyBatis would merge nested rows of one org) */
    record PublicRow(long orgId, long itemId, int revision, String code, String name, String content, String category,
            String domainCode, String part, Long parentId, String changeReason, java.time.Instant publishedAt,
            String publishedBy) {

        RevisionRow toRevision() {
            return new RevisionRow(itemId, revision, code, name, content, category, domainCode, part, parentId,
                    changeReason, publishedAt, publishedBy);
        }
    }

    // transitions

    void insertTransition(TransitionRow row);

    @Select("SELECT * FROM item_transition WHERE item_id = #{itemId} ORDER BY id")
    List<TransitionRow> transitions(long itemId);

    @Delete("DELETE FROM item_transition WHERE item_id = #{itemId}")
    void deleteTransitions(long itemId);
}
