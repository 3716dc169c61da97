package cn.gongkai.disclosurerequest;

/**
 * Where an application stands (条例 art 45: 登记、审核、办理、答复、归档). The clock runs in REGISTERED and HANDLING,
 * is stopped while WAITING_FOR_APPLICANT (it restarts at receipt of the 补正) and paused while CONSULTING.
 */
public enum RequestStatus {
    REGISTERED("已登记"),
    WAITING_FOR_APPLICANT("待申请人补正"),
    HANDLING("办理中"),
    CONSULTING("征求意见中"),
    ANSWERED("已答复"),
    ARCHIVED("已归档");

    private final String displayName;

    RequestStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** the 20-working-day clock counts down (not stopped, not paused, not answered) */
    boolean clockRuns() {
        return this == REGISTERED || this == HANDLING;
    }

    boolean open() {
        return this != ANSWERED && this != ARCHIVED;
    }
}
