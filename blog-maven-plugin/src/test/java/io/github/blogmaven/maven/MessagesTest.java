package io.github.blogmaven.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.renderer.ScaffoldException;
import io.github.blogmaven.renderer.ScaffoldException.Reason;
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

    @Test
    void newAndPublishMessagesNameTheFilesAndProperties() {
        Path post = Path.of("source", "_posts", "a.md");

        assertEquals("Created " + post, Messages.created(post));
        assertEquals("Published draft a as " + post, Messages.published("a", post));
        assertEquals("Name the draft to publish: mvn blog:publish -Dslug=<name>", Messages.slugRequired());
        assertEquals("Give the new post a title: mvn blog:new -Dtitle=\"My title\"", Messages.titleRequired());
        assertEquals(post + " already exists; it is never overwritten. Choose another title or -Dslug=<name>, "
                + "or move the file away.",
                Messages.scaffoldFailure(new ScaffoldException(Reason.TARGET_EXISTS, post, "a", List.of())));
        Path draft = Path.of("source", "_drafts", "c.md");
        assertEquals("There is no draft " + draft + ". Drafts: a, b.",
                Messages.scaffoldFailure(new ScaffoldException(Reason.DRAFT_MISSING, draft, "c", List.of("a", "b"))));
        assertEquals("There is no draft " + draft + ". source/_drafts holds no drafts.",
                Messages.scaffoldFailure(new ScaffoldException(Reason.DRAFT_MISSING, draft, "c", List.of())));
        assertEquals("'../x' cannot name a file: use letters, digits, '-' or '_', without a folder.",
                Messages.scaffoldFailure(new ScaffoldException(Reason.BAD_NAME, null, "../x", List.of())));
    }
}
