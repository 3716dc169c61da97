package cn.gongkai.item;

/**
 * What the public sees of an item, apart from the state of its working copy ({@link ItemStatus}): a published item
 * whose new revision is a draft or waiting for review is still {@link #PUBLISHED}.
 */
public enum PublicState {
    /** never published: the public sees nothing */
    UNPUBLISHED("未发布"),
    /** a published revision is live */
    PUBLISHED("已发布"),
    /** archived: off the portal */
    ARCHIVED("已归档");

    private final String displayName;

    PublicState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** the public state of an item row with this working status and last published revision */
    static PublicState of(ItemStatus status, Integer revision) {
        if (status == ItemStatus.ARCHIVED) {
            return ARCHIVED;
        }
        return revision == null ? UNPUBLISHED : PUBLISHED;
    }

    /** the working copy's state when it differs from what is published (a draft, a submission, a return), else null */
    static ItemStatus working(ItemStatus status) {
        return status == ItemStatus.PUBLISHED || status == ItemStatus.ARCHIVED ? null : status;
    }
}
