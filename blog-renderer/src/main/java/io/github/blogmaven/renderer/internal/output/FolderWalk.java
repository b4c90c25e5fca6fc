package io.github.blogmaven.renderer.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A walk of a folder tree on every core, for the walks of a large site's output (tens of thousands of files, a
 * system call or two each): the subfolders of the first few levels are tasks of their own (fork/join); below that,
 * one task walks each subtree from a list of folders still to read rather than by recursion, so that no depth of
 * folders can exhaust a thread's stack.
 *
 * @param <F> a folder as the walk knows it
 */
abstract class FolderWalk<F> {
    /** Levels of folders walked as tasks of their own. */
    private static final int FORKED_LEVELS = 4;

    /** Does what the walk does with the entries of {@code folder}; returns its subfolders, to walk next. */
    abstract List<F> list(F folder) throws IOException;

    /** Called for each folder below the root once everything in it has been walked; by default nothing. */
    void finish(F folder) throws IOException {
    }

    /**
     * Walks the tree from {@code root}; the failure of any folder is thrown here. On a pool of its own with a thread
     * per core: the common pool has one thread fewer, and this thread, waiting for the walk, cannot help with its
     * tasks, so on two cores a walk there used one.
     */
    final void walk(F root) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.invoke(task(root, 0));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private RecursiveAction task(F folder, int level) {
        return new RecursiveAction() {
            @Override
            protected void compute() {
                try {
                    if (level < FORKED_LEVELS) {
                        List<F> subfolders = list(folder);
                        List<RecursiveAction> tasks = new ArrayList<>(subfolders.size());
                        for (F subfolder : subfolders) {
                            tasks.add(task(subfolder, level + 1));
                        }
                        invokeAll(tasks);
                        for (F subfolder : subfolders) {
                            finish(subfolder);
                        }
                    } else {
                        walkSubtree(folder);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (DirectoryIteratorException e) {
                    throw new UncheckedIOException(e.getCause());
                }
            }
        };
    }

    /** Lists every folder below {@code top}, each after the one holding it, then finishes them the other way round. */
    private void walkSubtree(F top) throws IOException {
        List<F> listed = new ArrayList<>();
        Deque<F> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            F next = pending.pop();
            listed.add(next);
            list(next).forEach(pending::push);
        }
        for (int i = listed.size() - 1; i > 0; i--) {
            finish(listed.get(i));
        }
    }
}
