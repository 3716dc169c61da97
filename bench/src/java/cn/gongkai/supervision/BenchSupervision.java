package cn.gongkai.supervision;

import org.springframework.stereotype.Component;

/** The benchmark's handle on the supervision facts: the app's own resync, which fills them for bulk-loaded items. */
@Component
public class BenchSupervision {

    private final SupervisedItems supervised;

    BenchSupervision(SupervisedItems supervised) {
        this.supervised = supervised;
    }

    /** writes the facts of every published item that has none; returns how many */
    public int resync() {
        return supervised.resync();
    }
}
