package io.github.blogmaven.renderer.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Jazzer fuzz test of {@link FlatDocuments}: whatever it parses, with and without math, it parses into the tree
 * flexmark's parser makes. Its regions rest on reasoning about where flexmark's blocks can end, which random
 * documents of fixed pieces ({@code FlatDocumentsTest}) probe only so far. In a normal build it replays its seeds
 * from {@code FlatDocumentsFuzzTestInputs/sameTreeAsFlexmark/}; {@code mvn -Pfuzz -Dfuzz.test=FlatDocumentsFuzzTest
 * -Dfuzz.target=sameTreeAsFlexmark} fuzzes it (see the README).
 */
class FlatDocumentsFuzzTest {
    private static final ThreadLocal<Parsers> PARSERS = ThreadLocal.withInitial(Parsers::new);

    @FuzzTest(maxDuration = "5m")
    void sameTreeAsFlexmark(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        Parsers parsers = PARSERS.get();
        compare(parsers.parser, parsers.flat, markdown);
        compare(parsers.mathParser, parsers.flatMath, markdown);
    }

    private static void compare(Parser parser, FlatDocuments flat, String markdown) {
        String parsed = tree(() -> flat.parse(BasedSequence.of(WorkBudget.of(markdown))));
        if (parsed != null) {
            assertEquals(tree(() -> parser.parse(BasedSequence.of(WorkBudget.of(markdown)))), parsed, markdown);
        }
    }

    /** The tree a parse makes, null if it makes none, or the work budget's running out, which both must agree on. */
    private static String tree(Supplier<Document> parse) {
        try {
            Document document = parse.get();
            return document == null ? null : FlatDocumentsTest.tree(document);
        } catch (WorkBudget.Exhausted e) {
            return "work budget exhausted";
        }
    }

    /** A thread's parsers, each having parsed a document, as the flat parser needs before it parses one. */
    private static final class Parsers {
        final Parser parser;
        final Parser mathParser;
        final FlatDocuments flat;
        final FlatDocuments flatMath;

        Parsers() {
            MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(false, 0));
            parser = renderer.parser();
            mathParser = renderer.mathParser();
            parser.parse("first");
            mathParser.parse("first");
            flat = new FlatDocuments(parser);
            flatMath = new FlatDocuments(mathParser);
        }
    }
}
