package io.github.blogmaven.maven.serve;

import io.github.blogmaven.maven.serve.SourceWatcher.Changes;
import io.github.blogmaven.maven.serve.SourceWatcher.Settings;
import io.github.blogmaven.renderer.BuildListener;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Collects changed paths into batches and hands each batch to the consumer on one dedicated thread. A batch is
 * delivered once no change arrived for {@code quiet}, but no later than {@code maxWait} after its first change;
 * changes arriving while the consumer runs form the next batch.
 */
final class ChangeCoalescer implements AutoCloseable {

    private final Settings settings;
    private final Consumer<Changes> onChanges;
    private final BuildListener log;
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean overflow;
    private long firstChangeNanos;
    private long lastChangeNanos;
    private boolean closed;

    /** Starts the delivery thread, a daemon named {@code threadName}, so an open watcher never keeps a JVM alive. */
    ChangeCoalescer(Settings settings, Consumer<Changes> onChanges, BuildListener log, String threadName) {
        this.settings = settings;
        this.onChanges = onChanges;
        this.log = log;
        this.thread = new Thread(this::deliverUntilClosed, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds a changed path to the batch being collected. */
    void add(Path path) {
        lock.lock();
        try {
            noteChange();
            pending.add(path);
        } finally {
            lock.unlock();
        }
    }

    /** Marks the batch being collected as incomplete: events were lost and the consumer must rescan. */
    void overflow() {
        lock.lock();
        try {
            noteChange();
            overflow = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops deliveries and drops what is pending; a consumer call already running finishes first. Idempotent,
     * and safe to call from within the consumer.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void noteChange() {
        long now = System.nanoTime();
        if (!hasPending()) {
            firstChangeNanos = now;
            // Only a deliverer with nothing pending waits without a deadline. One that waits for a batch to be due
            // needs no signal: later changes can only move the due time later, and it looks again when it wakes.
            changed.signalAll();
        }
        lastChangeNanos = now;
    }

    private boolean hasPending() {
        return overflow || !pending.isEmpty();
    }

    private void deliverUntilClosed() {
        try {
            Changes batch;
            while ((batch = awaitBatch()) != null) {
                try {
                    onChanges.accept(batch);
                } catch (RuntimeException e) {
                    log.warn("Handling changed files failed; still watching. " + e);
                }
            }
        } catch (InterruptedException e) {
            // Nothing in this class interrupts its private thread; if something else does, stop delivering.
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a batch is due and takes it, or returns null once closed. */
    private Changes awaitBatch() throws InterruptedException {
        lock.lock();
        try {
            while (!closed) {
                if (!hasPending()) {
                    changed.await();
                    continue;
                }
                long dueNanos = Math.min(lastChangeNanos + settings.quiet().toNanos(),
                        firstChangeNanos + settings.maxWait().toNanos());
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos <= 0) {
                    Changes batch = new Changes(pending, overflow);
                    pending.clear();
                    overflow = false;
                    return batch;
                }
                changed.awaitNanos(waitNanos);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }
}
