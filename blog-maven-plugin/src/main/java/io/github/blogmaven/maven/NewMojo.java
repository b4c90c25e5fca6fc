package io.github.blogmaven.maven;

import io.github.blogmaven.model.ContentException;
import io.github.blogmaven.renderer.NewPostRequest;
import io.github.blogmaven.renderer.ScaffoldException;
import io.github.blogmaven.renderer.Scaffolder;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new post, draft or page from {@code scaffolds/<layout>.md}, as {@code hexo new [layout] <title>}
 * does: {@code mvn blog:new -Dtitle="My title" [-Dlayout=post|draft|page] [-Dslug=name]}. Never overwrites a file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends AbstractMojo {

    /** The blog's directory: the one holding {@code _config.yml}, {@code source/} and {@code scaffolds/}. */
    @Parameter(property = PropertyNames.BASE_DIRECTORY, defaultValue = "${project.basedir}", required = true)
    private File baseDirectory;

    /** The title, written into the front matter as typed (quoted when YAML needs it). */
    @Parameter(property = PropertyNames.TITLE)
    private String title;

    /**
     * {@code post} writes {@code source/_posts/} named by {@code new_post_name}; {@code draft} writes
     * {@code source/_drafts/<slug>.md}; {@code page} writes {@code source/<slug>/index.md}. Another name is a post
     * written from {@code scaffolds/<name>.md}.
     */
    @Parameter(property = PropertyNames.LAYOUT, defaultValue = "post")
    private String layout;

    /** The file (or page folder) name to use instead of the title's slug; slugized too. */
    @Parameter(property = PropertyNames.SLUG)
    private String slug;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (title == null || title.isBlank()) {
            throw new MojoFailureException(Messages.titleRequired());
        }
        try {
            getLog().info(Messages.created(new Scaffolder().create(
                    new NewPostRequest(baseDirectory.toPath(), title, layout, slug, Instant.now()))));
        } catch (ScaffoldException e) {
            throw new MojoFailureException(Messages.scaffoldFailure(e));
        } catch (ContentException e) {
            throw ContentFailures.logged(getLog(), e.problems());
        } catch (IOException e) {
            throw new MojoExecutionException(Messages.ioFailure(e), e);
        }
    }
}
