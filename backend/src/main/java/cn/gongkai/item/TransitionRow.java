package cn.gongkai.item;

import java.time.Instant;

/** A row of {@code item_transition}: who did what to an item, when, with which comment. */
record TransitionRow(Long id, long itemId, Instant at, String actor, ItemAction action, ItemStatus fromStatus,
        ItemStatus toStatus, String comment, Integer revision) {
}
