package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.blogmaven.maven.serve.SourceWatcher.Changes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Records delivered batches so a test can wait for them with a deadline. */
final class Batches implements Consumer<Changes> {

    /** Long enough for a slow shared machine to deliver what was written; only failing tests wait this long. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private final BlockingQueue<Changes> delivered = new LinkedBlockingQueue<>();

    @Override
    public void accept(Changes changes) {
        delivered.add(changes);
    }

    /** The next batch, failing the test if none comes before the deadline. */
    Changes next() throws InterruptedException {
        Changes changes = delivered.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(changes, "no batch within " + DEADLINE);
        return changes;
    }

    /** The next batch if one was delivered already, else null. */
    Changes pollNow() {
        return delivered.poll();
    }

    /** The batches up to and including the first that holds {@code path}, failing if none does by the deadline. */
    List<Changes> until(Path path) throws InterruptedException {
        List<Changes> batches = new ArrayList<>();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (batches.isEmpty() || !batches.get(batches.size() - 1).paths().contains(path)) {
            Changes changes = delivered.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertNotNull(changes, "no batch with " + path + " within " + DEADLINE + "; got " + batches);
            batches.add(changes);
        }
        return batches;
    }

    /** Fails if a batch is delivered within {@code wait}. */
    void assertNoneFor(Duration wait) throws InterruptedException {
        assertNull(delivered.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }
}
