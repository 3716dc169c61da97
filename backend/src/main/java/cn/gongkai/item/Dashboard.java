package cn.gongkai.item;

/**
 * {@code GET /api/v1/items/dashboard}: the caller's work across the lists — drafts, rejected and pending items in
 * the orgs it edits, and items waiting for its review (not its own submissions).
 */
public record Dashboard(long myDrafts, long myRejected, long myPending, long toReview) {
}
