package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short, seeded, repeatable fuzzing run for every build: the seeds of {@link ContentFuzzTest} mutated the way
 * fuzzers mutate (bytes flipped, inserted, deleted, repeated, spliced, and YAML or Markdown tokens dropped in),
 * each fed to the same targets. The seed of the random generator is fixed, so a failure here fails the same way
 * on every run; Jazzer's coverage-guided search is the longer, open-ended version ({@code -Pfuzz}).
 */
@DisplayName("Mutated sources never produce anything but documented problems")
class ContentMutationTest {
    private static final String[] TOKENS = {"---\n", ";;;\n", ":", ": ", "\n", "\r", "\r\n", "  ", "\t", "- ", "[",
        "]", "{", "}", "*", "**", "_", "~~", "`", "```\n", "&a ", "*a", "<<: ", "!!", "!!str ", "!!binary ", "%",
        "%2e%2e/", "../", "\\", "#", "'", "\"", "|", "> ", "1. ", "<!--", "-->", "<!-- more -->", "[^1]", "](",
        "![", "\u0000", "\uFEFF", "\u2028", "é", "你", "😀", "title: ", "date: ", "date: 2024-02-30\n",
        "tags: ", "categories: ", "permalink: ", "abbrlink: ", "layout: false\n", "published: ", "2024-01-01 25:00",
        "null", "~", "yes", "0x1F", "1e3", ".inf", "&#x0;", "&copy;", "http://", "www."};

    @ParameterizedTest(name = "{0}: {1} mutants")
    @CsvSource({"frontMatterAndMarkdown, 80", "configuration, 40", "wholeSite, 8"})
    @DisplayName("seeded mutants of the fuzz corpus reach each target without an undocumented exception")
    void mutants(String target, int count) throws Exception {
        List<byte[]> seeds = seeds(target);
        assertFalse(seeds.isEmpty(), "no seeds for " + target);
        FuzzTargets targets = new FuzzTargets();
        Random random = new Random(20_241_126L + target.hashCode());
        for (int i = 0; i < count; i++) {
            byte[] mutant = mutate(seeds, random);
            String label = target + " mutant " + i;
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    switch (target) {
                        case "frontMatterAndMarkdown" -> targets.frontMatterAndMarkdown(mutant);
                        case "configuration" -> targets.configuration(mutant);
                        default -> targets.wholeSite(mutant);
                    }
                } catch (Throwable e) {
                    throw new AssertionError(label + " failed on input:\n"
                            + new String(mutant, StandardCharsets.ISO_8859_1), e);
                }
            }, label);
        }
    }

    static List<byte[]> seeds(String target) throws IOException, URISyntaxException {
        Path dir = Path.of(ContentMutationTest.class.getResource("ContentFuzzTestInputs/" + target).toURI());
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    static byte[] mutate(List<byte[]> seeds, Random random) {
        byte[] data = seeds.get(random.nextInt(seeds.size())).clone();
        int steps = 1 + random.nextInt(4);
        for (int step = 0; step < steps; step++) {
            int at = data.length == 0 ? 0 : random.nextInt(data.length);
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data, at, random);
                case 1 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> delete(data, at, 1 + random.nextInt(16));
                case 3 -> repeat(data, at, 1 + random.nextInt(8), 2 + random.nextInt(200));
                case 4 -> splice(data, seeds.get(random.nextInt(seeds.size())), at, random);
                default -> insert(data, at, new byte[] {(byte) random.nextInt(256)});
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, int at, Random random) {
        if (data.length > 0) {
            data[at] ^= (byte) (1 << random.nextInt(8));
        }
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + what.length);
        out.write(data, 0, at);
        out.writeBytes(what);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] data, int at, int length) {
        int end = Math.min(data.length, at + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, at);
        out.write(data, end, data.length - end);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] data, int at, int length, int times) {
        int end = Math.min(data.length, at + length);
        byte[] chunk = java.util.Arrays.copyOfRange(data, at, end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, end);
        for (int i = 0; i < times; i++) {
            out.writeBytes(chunk);
        }
        out.write(data, end, data.length - end);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] data, byte[] other, int at, Random random) {
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        int length = Math.min(other.length - from, 1 + random.nextInt(64));
        return insert(data, at, java.util.Arrays.copyOfRange(other, from, from + length));
    }
}
