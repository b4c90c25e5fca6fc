package io.github.blogmaven.maven.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.blogmaven.maven.serve.SourceWatcher.Changes;
import io.github.blogmaven.maven.serve.SourceWatcher.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The batching rules, fed with changes directly rather than through the file system. */
class ChangeCoalescerTest {

    private static final Path A = Path.of("/blog/source/a.md");
    private static final Path B = Path.of("/blog/source/b.md");
    private static final Path C = Path.of("/blog/source/c.md");

    /** Wide enough that a test's few calls in a row always fall into one batch, even on a stalled machine. */
    private static final Settings PATIENT = new Settings(Duration.ofMillis(500), Duration.ofSeconds(5));

    private final RecordingListener log = new RecordingListener();
    private final Batches batches = new Batches();

    @Test
    void deliversChangesCloseTogetherAsOneBatch() throws Exception {
        try (ChangeCoalescer coalescer = start(PATIENT, batches)) {
            coalescer.add(A);
            coalescer.add(B);
            coalescer.add(A);

            assertEquals(new Changes(Set.of(A, B), false), batches.next());
            batches.assertNoneFor(Duration.ofSeconds(1));
        }
    }

    @Test
    void deliversOverflowSoTheCallerRescans() throws Exception {
        try (ChangeCoalescer coalescer = start(PATIENT, batches)) {
            coalescer.overflow();
            assertEquals(new Changes(Set.of(), true), batches.next());

            coalescer.add(A);
            coalescer.overflow();
            assertEquals(new Changes(Set.of(A), true), batches.next());

            coalescer.add(B);
            assertEquals(new Changes(Set.of(B), false), batches.next(), "an overflow belongs to its batch only");
        }
    }

    @Test
    void aSteadyStreamIsDeliveredAfterMaxWaitAlthoughItNeverGoesQuiet() throws Exception {
        try (ChangeCoalescer coalescer = start(new Settings(Duration.ofHours(1), Duration.ofMillis(100)), batches)) {
            Changes first = null;
            long deadline = System.nanoTime() + Batches.DEADLINE.toNanos();
            while (first == null && System.nanoTime() < deadline) {
                coalescer.add(A);
                first = pollBriefly();
            }
            assertEquals(new Changes(Set.of(A), false), first);
        }
    }

    @Test
    void collectsWhatChangesDuringACallIntoTheNextBatch() throws Exception {
        CountDownLatch inFirstCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Consumer<Changes> slow = changes -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            inFirstCall.countDown();
            try {
                release.await(Batches.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            batches.accept(changes);
        };
        try (ChangeCoalescer coalescer = start(new Settings(Duration.ofMillis(10), Duration.ofMillis(50)), slow)) {
            coalescer.add(A);
            assertTrue(inFirstCall.await(Batches.DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
            coalescer.add(B);
            Thread.sleep(300); // well past quiet and maxWait: a second call would start now if it could
            coalescer.add(C);
            release.countDown();

            assertEquals(Set.of(A), batches.next().paths());
            assertEquals(Set.of(B, C), batches.next().paths());
            assertEquals(1, mostAtOnce.get());
        }
    }

    @Test
    void aFailingCallIsLoggedAndLaterChangesAreStillDelivered() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Consumer<Changes> failsFirst = changes -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("template exploded");
            }
            batches.accept(changes);
        };
        try (ChangeCoalescer coalescer = start(PATIENT, failsFirst)) {
            coalescer.add(A);
            awaitWarning();
            coalescer.add(B);

            assertEquals(Set.of(B), batches.next().paths());
            assertTrue(log.lines.stream().anyMatch(line -> line.contains("template exploded")), log.lines::toString);
        }
    }

    @Test
    void closeDropsWhatIsPendingAndMayBeCalledTwice() throws Exception {
        ChangeCoalescer coalescer = start(PATIENT, batches);
        coalescer.add(A);
        coalescer.close();
        coalescer.close();

        batches.assertNoneFor(PATIENT.quiet().multipliedBy(2));
    }

    @Test
    void closeWaitsForTheRunningCallAndMayBeCalledFromIt() throws Exception {
        CountDownLatch closing = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        ChangeCoalescer[] self = new ChangeCoalescer[1];
        Consumer<Changes> closesItself = changes -> {
            self[0].close();
            closing.countDown();
            finished.incrementAndGet();
        };
        self[0] = start(PATIENT, closesItself);
        self[0].add(A);
        assertTrue(closing.await(Batches.DEADLINE.toMillis(), TimeUnit.MILLISECONDS));

        self[0].close();

        assertEquals(1, finished.get());
        assertFalse(log.lines.stream().anyMatch(line -> line.startsWith("WARN")), log.lines::toString);
    }

    private ChangeCoalescer start(Settings settings, Consumer<Changes> onChanges) {
        return new ChangeCoalescer(settings, onChanges, log, "test-changes");
    }

    private Changes pollBriefly() throws InterruptedException {
        Thread.sleep(10);
        return batches.pollNow();
    }

    private void awaitWarning() throws InterruptedException {
        long deadline = System.nanoTime() + Batches.DEADLINE.toNanos();
        while (log.lines.stream().noneMatch(line -> line.startsWith("WARN")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
