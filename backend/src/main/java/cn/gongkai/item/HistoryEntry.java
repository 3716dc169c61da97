package cn.gongkai.item;

import java.time.Instant;

/** {@code GET /{kind}/{id}/history}: one transition. */
public record HistoryEntry(Instant at, String actor, ItemAction action, ItemStatus fromStatus, ItemStatus toStatus,
        String comment, Integer revision) {

    static HistoryEntry of(TransitionRow t) {
        return new HistoryEntry(t.at(), t.actor(), t.action(), t.fromStatus(), t.toStatus(), t.comment(), t.revision());
    }
}
