package io.github.blogmaven.renderer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Jazzer fuzz tests of the path every source file takes: bytes in, a site or documented problems out. In a normal
 * build they replay their seeds and past findings from {@code ContentFuzzTestInputs/<method>/} (regression mode);
 * {@code mvn -Pfuzz} fuzzes one of them for {@code maxDuration} (see the README). A finding is saved in that
 * folder, so it is replayed by every later build.
 */
class ContentFuzzTest {
    private static final ThreadLocal<FuzzTargets> TARGETS = ThreadLocal.withInitial(FuzzTargets::new);

    @FuzzTest(maxDuration = "5m")
    void frontMatterAndMarkdown(byte[] post) throws IOException {
        TARGETS.get().frontMatterAndMarkdown(post);
    }

    @FuzzTest(maxDuration = "5m")
    void configuration(byte[] config) throws IOException {
        TARGETS.get().configuration(config);
    }

    @FuzzTest(maxDuration = "5m")
    void wholeSite(byte[] post) throws IOException {
        TARGETS.get().wholeSite(post);
    }
}
