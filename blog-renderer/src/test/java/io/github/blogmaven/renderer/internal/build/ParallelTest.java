package io.github.blogmaven.renderer.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The build's workers")
class ParallelTest {
    @Test
    @DisplayName("results come back in item order, each item done once, on the workers")
    void inOrder() throws Exception {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Parallel parallel = new Parallel(3)) {
            List<Integer> squares = parallel.map(items, i -> {
                assertTrue(done.add(i), "done twice: " + i);
                threads.add(Thread.currentThread().getName());
                return i * i;
            });
            assertEquals(items.stream().map(i -> i * i).toList(), squares);
            assertEquals(List.of(), parallel.map(List.<Integer>of(), i -> i));
        }
        assertTrue(threads.stream().allMatch(name -> name.startsWith("blog-maven-render-")), threads.toString());
    }

    @Test
    @DisplayName("every item is attempted, and the first failure in item order is thrown")
    void failures() {
        Set<Integer> attempted = ConcurrentHashMap.newKeySet();
        try (Parallel parallel = new Parallel(2)) {
            IOException e = assertThrows(IOException.class, () -> parallel.map(List.of(0, 1, 2, 3, 4, 5), i -> {
                attempted.add(i);
                if (i == 4) {
                    throw new IllegalStateException("later");
                }
                if (i == 2) {
                    throw new IOException("first");
                }
                return i;
            }));
            assertEquals("first", e.getMessage());
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), attempted);
    }

    @Test
    @DisplayName("started work runs while the caller goes on, and later work waits for it")
    void started() throws Exception {
        CountDownLatch callerDone = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        try (Parallel parallel = new Parallel(2)) {
            Parallel.Batch<Integer> batch = parallel.start(List.of(1, 2, 3), i -> {
                callerDone.await();
                order.add("started " + i);
                return -i;
            });
            order.add("caller"); // start returned before any item was done: the items wait for this
            callerDone.countDown();
            List<Integer> later = parallel.map(List.of(10), i -> {
                order.add("later " + i);
                return i;
            });
            assertEquals(List.of(-1, -2, -3), batch.results());
            assertEquals(List.of(10), later);
        }
        assertEquals("caller", order.get(0));
        // a worker takes later work once every started item is taken: with two workers, at most one is unfinished
        assertTrue(order.indexOf("later 10") >= 3, order.toString());
    }
}
