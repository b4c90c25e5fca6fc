package io.github.blogmaven.maven;

import io.github.blogmaven.model.ContentProblem;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** How every goal fails on problems in the blog's content: each logged once, all listed in the failure. */
final class ContentFailures {
    private ContentFailures() {
    }

    /**
     * Logs each problem as an error and returns the failure listing them all. No stack trace is attached: the
     * problems are the user's to fix, and a trace would only hide them.
     */
    static MojoFailureException logged(Log log, List<ContentProblem> problems) {
        for (ContentProblem problem : problems) {
            log.error(problem.toString());
        }
        return new MojoFailureException(Messages.contentProblems(problems));
    }
}
