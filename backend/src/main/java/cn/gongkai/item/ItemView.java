package cn.gongkai.item;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An item as the API shows it: the envelope of docs/API.md "The four lists" followed by the kind's own fields,
 * flattened ({@code {id, kind, orgId, …, category, legalBasis, …}}).
 */
@JsonPropertyOrder({"id", "kind", "orgId", "orgName", "code", "name", "status", "version", "revision", "changeReason",
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

    @JsonAnyGetter
    public Map<String, Object> contentFields() {
        return fields;
    }
}
