package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void skipNamesTheProperty() {
        assertEquals("Skipping blog generation (blog.skip=true)", Messages.SKIPPED);
    }

    @Test
    void startNamesTheDirectories() {
        Path out = Path.of("blog", "target", "blog");

        assertEquals("Generating blog from blog into " + out, Messages.generating(Path.of("blog"), out));
    }

    @Test
    void contentProblemsListsEveryProblemWithFileLineColumnKeyAndHint() {
        List<ContentProblem> problems = List.of(
                new ContentProblem("source/_posts/a.md", 3, 7, "date", "not a date: 'tomorrow'",
                        "write YYYY-MM-DD HH:mm:ss"),
                new ContentProblem("_config.yml", 0, 0, null, "no title", null));

        String nl = System.lineSeparator();
        assertEquals("The blog has 2 problems to fix:" + nl
                + "  source/_posts/a.md:3:7: key 'date': not a date: 'tomorrow' (hint: write YYYY-MM-DD HH:mm:ss)"
                + nl + "  _config.yml: no title", Messages.contentProblems(problems));
    }

    @Test
    void oneProblemIsSingular() {
        List<ContentProblem> one = List.of(new ContentProblem("x.md", 1, 0, null, "bad", null));

        assertEquals("The blog has 1 problem to fix:" + System.lineSeparator() + "  x.md:1: bad",
                Messages.contentProblems(one));
    }

    @Test
    void ioFailureCarriesTheCause() {
        assertEquals("Could not read or write the blog's files: /out: Permission denied",
                Messages.ioFailure(new IOException("/out: Permission denied")));
        assertEquals("Could not read or write the blog's files: IOException",
                Messages.ioFailure(new IOException()));
    }
}
