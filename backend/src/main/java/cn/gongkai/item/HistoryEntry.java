package cn.gongkai.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /{kind}/{id}/history}: one transition. */
public record HistoryEntry(Instant at, String actor, ItemAction action, ItemStatus fromStatus, ItemStatus toStatus,
        String comment, Integer revision, PublicState fromPublicState, PublicState toPublicState) {

    /**
     * The transitions in order, each with what the public saw before and after it: editing a published item moves
     * its working copy to 草稿 while the public state stays 已发布.
     */
    static List<HistoryEntry> of(List<TransitionRow> transitions) {
        List<HistoryEntry> entries = new ArrayList<>(transitions.size());
        PublicState state = PublicState.UNPUBLISHED;
        for (TransitionRow t : transitions) {
            PublicState before = state;
            if (t.action() == ItemAction.APPROVE) {
                state = PublicState.PUBLISHED;
            } else if (t.action() == ItemAction.ARCHIVE) {
                state = PublicState.ARCHIVED;
            }
            entries.add(new HistoryEntry(t.at(), t.actor(), t.action(), t.fromStatus(), t.toStatus(), t.comment(),
                    t.revision(), t.fromStatus() == null ? null : before, state));
        }
        return entries;
    }
}
