package demarc.model.gate;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Makes every read of one process see the graph before an import or after it, never between (docs/graph-model.md,
 * "Concurrency"). Neo4j's isolation is read committed: a statement that runs while an import commits can see part
 * of it, and a query of several transactions can see one state in its first and another in its second. A read holds
 * the shared side for all its statements; an import holds the exclusive side only around its commit, so reads never
 * wait for an import's writing, only for a commit, and a commit waits only for the reads already running.
 * <p>
 * The lock is fair, so that a steady flow of reads cannot keep a commit out. Reads nest (a query that runs another
 * query holds the shared side twice); a thread that holds the shared side cannot commit an import.
 * Only imports of this process pass the gate: another process writing to the same server is not held back.
 */
public final class GraphGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs {@code reading}, all its transactions, with no import of this process committing meanwhile. */
    public <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The last step of an import's write transaction before its commit: waits until the reads running now are done
     * and keeps new reads out until this thread calls {@link #reopen()}. Calling it again before then does nothing.
     *
     * @throws IllegalStateException when this thread is inside a read, which the commit would wait for forever
     */
    public void closeForCommit() {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("an import cannot commit inside a read of the graph");
        }
        if (!lock.isWriteLockedByCurrentThread()) {
            lock.writeLock().lock();
        }
    }

    /**
     * Lets reads in again after this thread's commit, whether it succeeded or failed; does nothing when this thread
     * has not closed the gate. Also the first step of a retried write transaction: its earlier attempt closed the
     * gate and failed to commit, and the new attempt must write with the gate open.
     */
    public void reopen() {
        while (lock.isWriteLockedByCurrentThread()) {
            lock.writeLock().unlock();
        }
    }
}
