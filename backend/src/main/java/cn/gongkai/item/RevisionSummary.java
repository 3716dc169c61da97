package cn.gongkai.item;

import java.time.Instant;
import java.util.List;

/** {@code GET /{kind}/{id}/revisions}: one published revision and the fields it changed against the one before. */
public record RevisionSummary(int revision, Instant publishedAt, String publishedBy, String changeReason,
        List<String> changedFields, List<FieldChange> changes) {
}
