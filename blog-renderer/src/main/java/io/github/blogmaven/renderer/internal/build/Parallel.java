package io.github.blogmaven.renderer.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of one build, one per processor. Results come back in the order the work was given, so
 * what a build writes never depends on which thread finished first.
 */
public final class Parallel implements AutoCloseable {
    /** A unit of work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    private final ExecutorService executor;
    private final int threads;

    public Parallel() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Parallel(int threads) {
        this(threads, 0);
    }

    /**
     * One worker per processor, each with a stack of {@code stackBytes}: enough for work that recurses deeply,
     * such as {@code MarkdownRenderer.renderInPlace}, so it need not start a thread of its own per item.
     */
    public static Parallel withStack(long stackBytes) {
        return new Parallel(Runtime.getRuntime().availableProcessors(), stackBytes);
    }

    private Parallel(int threads, long stackBytes) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(null, runnable, "blog-maven-render-" + count.incrementAndGet(), stackBytes);
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Math.max(1, threads);
        this.executor = Executors.newFixedThreadPool(this.threads, factory);
    }

    /**
     * Applies {@code work} to every item on the worker threads and returns the results in item order. Every
     * item is attempted; the first failure (in item order) is rethrown afterwards.
     *
     * <p>Each worker takes the next item not yet taken until none is left, so the caller waits once for each
     * worker rather than once for each item: a task and a future per item cost a wake-up of the waiting thread
     * for nearly every item, tens of thousands of context switches in a large build on two cores.
     */
    public <T, R> List<R> map(List<T> items, Work<? super T, ? extends R> work) throws IOException {
        return this.<T, R>start(items, work).results();
    }

    /**
     * As {@link #map}, but returns at once: the caller goes on with work of its own while the workers take the
     * items, and collects the results with {@link Batch#results()}. Work given later waits for these items to be
     * taken.
     */
    public <T, R> Batch<R> start(List<T> items, Work<? super T, ? extends R> work) {
        int count = items.size();
        Object[] results = new Object[count];
        Throwable[] failures = new Throwable[count];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && !Thread.currentThread().isInterrupted();
                    i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (Throwable e) {
                    failures[i] = e;
                }
            }
        };
        List<Future<?>> workers = new ArrayList<>();
        for (int k = 0; k < Math.min(threads, count); k++) {
            workers.add(executor.submit(worker));
        }
        return new Batch<>(workers, results, failures);
    }

    /** Items under way on the workers, from {@link #start}. */
    public static final class Batch<R> {
        private final List<Future<?>> workers;
        private final Object[] results;
        private final Throwable[] failures;

        private Batch(List<Future<?>> workers, Object[] results, Throwable[] failures) {
            this.workers = workers;
            this.results = results;
            this.failures = failures;
        }

        /** Waits for every item; returns the results in item order, or rethrows the first failure in item order. */
        public List<R> results() throws IOException {
            for (Future<?> future : workers) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    workers.forEach(f -> f.cancel(true));
                    throw new IOException("interrupted while building the site", e);
                }
            }
            for (Throwable failure : failures) {
                if (failure != null) {
                    rethrow(failure);
                }
            }
            List<R> list = new ArrayList<>(results.length);
            for (Object result : results) {
                @SuppressWarnings("unchecked")
                R r = (R) result;
                list.add(r);
            }
            return list;
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    /** Stops the workers and waits a little for them, so none is still writing once the build has ended. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
