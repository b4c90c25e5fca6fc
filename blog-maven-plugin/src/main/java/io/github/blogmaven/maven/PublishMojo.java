package io.github.blogmaven.maven;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.renderer.PublishRequest;
import io.github.blogmaven.renderer.ScaffoldException;
import io.github.blogmaven.renderer.Scaffolder;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Moves a draft, and its asset folder, from {@code source/_drafts/} to {@code source/_posts/}, as
 * {@code hexo publish <name>} does: {@code mvn blog:publish -Dslug=<name>}. Never overwrites a post.
 */
@Mojo(name = "publish", threadSafe = true, requiresProject = true)
public class PublishMojo extends AbstractMojo {

    /** The blog's directory: the one holding {@code source/}. */
    @Parameter(property = PropertyNames.BASE_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    private File baseDirectory;

    /** The draft to publish: {@code source/_drafts/<slug>.md}. */
    @Parameter(property = PropertyNames.SLUG)
    private String slug;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (slug == null || slug.isBlank()) {
            throw new MojoFailureException(Messages.slugRequired());
        }
        try {
            getLog().info(Messages.published(slug,
                    new Scaffolder().publish(new PublishRequest(baseDirectory.toPath(), slug))));
        } catch (ScaffoldException e) {
            throw new MojoFailureException(Messages.scaffoldFailure(e));
        } catch (ContentException e) {
            throw ContentFailures.logged(getLog(), e.problems());
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.ioFailure(e), e);
        }
    }
}
