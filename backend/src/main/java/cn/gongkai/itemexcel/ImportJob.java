package cn.gongkai.itemexcel;

import java.time.Instant;
import java.util.List;

import cn.gongkai.item.ItemKind;

/**
 * An import as {@code GET /api/v1/imports/{jobId}} shows it. {@code processed} counts the rows checked so far,
 * {@code imported} the rows written (all of them or none: an import is one transaction).
 */
record ImportJob(String id, ItemKind kind, long orgId, String fileName, Status status, Phase phase, Integer total,
        int processed, int imported, int errorCount, List<ImportError> errors, String createdBy, Instant createdAt,
        Instant finishedAt) {

    enum Status {
        RUNNING, SUCCEEDED, FAILED
    }

    /** what a RUNNING job is doing */
    enum Phase {
        VALIDATING, WRITING
    }

    /** a problem of one cell ({@code row} and {@code column} set), one row, or the whole file (both null) */
    record ImportError(Integer row, String column, String message) {
    }
}
