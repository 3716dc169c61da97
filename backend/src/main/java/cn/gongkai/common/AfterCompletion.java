package cn.gongkai.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that a write must repeat once its transaction is over, such as dropping a cache the write made stale. */
public final class AfterCompletion {

    private AfterCompletion() {
    }

    /**
     * Runs {@code action} now and, inside a transaction, again once it has completed: a reader that loaded the old
     * rows between the two runs cannot leave them cached.
     */
    public static void nowAndAgain(Runnable action) {
        action.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }
}
