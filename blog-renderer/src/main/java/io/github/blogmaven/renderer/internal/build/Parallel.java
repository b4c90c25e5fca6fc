package io.github.blogmaven.renderer.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), factory);
    }

    /**
     * Applies {@code work} to every item on the worker threads and returns the results in item order. Every
     * item is attempted; the first failure (in item order) is rethrown afterwards.
     */
    public <T, R> List<R> map(List<T> items, Work<? super T, ? extends R> work) throws IOException {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            Callable<R> task = () -> work.apply(item);
            futures.add(executor.submit(task));
        }
        List<R> results = new ArrayList<>(items.size());
        Throwable failure = null;
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
                results.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IOException("interrupted while building the site", e);
            }
        }
        if (failure != null) {
            rethrow(failure);
        }
        return results;
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
