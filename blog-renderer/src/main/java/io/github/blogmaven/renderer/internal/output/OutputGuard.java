package io.github.blogmaven.renderer.internal.output;

import io.github.blogmaven.model.ContentProblem;
import io.github.blogmaven.renderer.GenerateException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses, before anything is written or deleted, an output folder a build must never replace: the root of the
 * file system, the user's home, the blog's own folder or its source folder, any folder holding one of those,
 * a folder inside the source folder, and a non-empty folder blog-maven did not make. Folders are compared as
 * they really are, with symbolic links resolved, so a link to the source folder is refused like the folder.
 * Each refusal is a {@link GenerateException} whose problem's path is the output folder.
 */
public final class OutputGuard {
    private static final String HINT = "choose a folder of its own for the site, such as target/blog";

    private final Path home;

    /** @param home the user's home folder, or {@code null} when unknown */
    public OutputGuard(Path home) {
        this.home = home;
    }

    /**
     * The output folder as it really is: absolute, with the links of the part that exists resolved.
     *
     * @throws GenerateException when it is a folder the site must not be built into
     */
    public Path check(Path baseDir, Path sourceDir, Path outputDir) throws GenerateException, IOException {
        Path output = real(outputDir);
        Path base = real(baseDir);
        Path source = real(sourceDir);
        Path user = home == null ? null : real(home);
        String reason;
        if (output.getParent() == null) {
            reason = "the output folder is the root of the file system";
        } else if (output.equals(user)) {
            reason = "the output folder is your home folder";
        } else if (output.equals(base)) {
            reason = "the output folder is the blog's own folder, which holds _config.yml and source/";
        } else if (output.equals(source)) {
            reason = "the output folder is the blog's source folder; building there would overwrite or delete"
                    + " the posts";
        } else if (base.startsWith(output)) {
            reason = "the output folder contains the blog's folder " + base;
        } else if (source.startsWith(output)) {
            reason = "the output folder contains the blog's source folder " + source;
        } else if (user != null && user.startsWith(output)) {
            reason = "the output folder contains your home folder " + user;
        } else if (output.startsWith(source)) {
            reason = "the output folder is inside the blog's source folder " + source
                    + "; the next build would read the site as sources";
        } else {
            return output;
        }
        throw refusal(outputDir, output, reason, HINT);
    }

    /**
     * Refuses a folder that is not empty and has no {@link Manifest}: it holds someone else's files, and
     * replacing them with a site would lose them.
     *
     * @param outputDir the output folder as the user named it, for the message
     * @param output the same folder as {@link #check} returned it
     * @throws IOException when it exists and is not a folder
     */
    public void checkOwned(Path outputDir, Path output) throws GenerateException, IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) || Manifest.isIn(output)) {
            return;
        }
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the output folder " + output + " is not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            if (entries.iterator().hasNext()) {
                throw refusal(outputDir, output, "the output folder is not empty and blog-maven did not make it"
                        + " (it has no " + Manifest.FILE_NAME + "), so building there could lose its files",
                        "empty or delete the folder (once, if an older blog-maven made it), or choose another one;"
                                + " files you add after blog-maven's first build there are kept");
            }
        }
    }

    /**
     * {@code path} absolute, each part that exists replaced by its real path, the rest as written.
     *
     * @throws IOException when a part is a link to nothing, where a build could only write through the link
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        for (Path part : absolute) {
            String name = part.toString();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (Files.exists(next)) {
                next = next.toRealPath();
            } else if (Files.isSymbolicLink(next)) {
                throw new IOException(next + " is a symbolic link to something that does not exist");
            }
            current = next;
        }
        return current;
    }

    private static GenerateException refusal(Path outputDir, Path output, String reason, String hint) {
        Path named = outputDir.toAbsolutePath().normalize();
        return refusal(outputDir, named.equals(output) ? reason : reason + " (" + named + " leads to " + output + ")",
                hint);
    }

    /** A refusal of the output folder: one problem whose path is the folder as the user named it. */
    static GenerateException refusal(Path outputDir, String message, String hint) {
        String named = outputDir.toAbsolutePath().normalize().toString();
        return new GenerateException(List.of(new ContentProblem(named, 0, 0, null, message, hint)));
    }
}
