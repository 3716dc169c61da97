package cn.gongkai.item;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An item as the API shows it: the envelope of docs/API.md "The four lists" followed by the kind's own fields,
 * flattened ({@code {id, kind, orgId, …, category, legalBasis, …}}).
 */
@JsonPropertyOrder({"id", "kind", "orgId", "orgName", "code", "name", "status", "publicState", "workingState", "version", "revision", "changeReason",
        "createdAt", "createdBy", "updatedAt", "updatedBy", "submittedAt", "submittedBy", "publishedAt", "archivedAt",
        "archiveReason"})
public record ItemView(long id, ItemKind kind, long orgId, String orgName, String code, String name, ItemStatus status,
        Integer version, Integer revision, String changeReason, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, Instant submittedAt, String submittedBy, Instant publishedAt, Instant archivedAt,
        String archiveReason, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> fields) {

    public ItemView {
        fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
    }

    ItemView withFields(Map<String, Object> replacement) {
        return new ItemView(id, kind, orgId, orgName, code, name, status, version, revision, changeReason, createdAt,
                createdBy, updatedAt, updatedBy, submittedAt, submittedBy, publishedAt, archivedAt, archiveReason,
                replacement);
    }

    /** what the public sees: 已发布 while a new revision of a published item is in work */
    @JsonProperty("publicState")
    public PublicState publicState() {
        return PublicState.of(status, revision);
    }

    /** the state of the working copy when it is not what is published (DRAFT, PENDING_REVIEW, REJECTED), else null */
    @JsonProperty("workingState")
    public ItemStatus workingState() {
        return PublicState.working(status);
    }

    @JsonAnyGetter
    public Map<String, Object> contentFields() {
        return fields;
    }
}
