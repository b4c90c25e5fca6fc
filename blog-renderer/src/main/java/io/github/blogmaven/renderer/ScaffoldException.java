package io.github.blogmaven.renderer;

import java.nio.file.Path;
import java.util.List;

/**
 * A post could not be created or a draft published because of what was asked: the file exists, the draft does
 * not, or a name is not usable. Nothing was written.
 */
public class ScaffoldException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why nothing was written. */
    public enum Reason {
        /** {@link #file()} exists already and is never overwritten. */
        TARGET_EXISTS,
        /** {@link #file()}, the draft to publish, does not exist; {@link #available()} lists the drafts. */
        DRAFT_MISSING,
        /** {@link #name()} cannot name a layout or draft: it is empty or holds a path separator. */
        BAD_NAME
    }

    private final Reason reason;
    private final transient Path file;
    private final String name;
    private final List<String> available;

    public ScaffoldException(Reason reason, Path file, String name, List<String> available) {
        super(reason + ": " + (file != null ? file : name));
        this.reason = reason;
        this.file = file;
        this.name = name;
        this.available = List.copyOf(available);
    }

    /** Why nothing was written. */
    public Reason reason() {
        return reason;
    }

    /** The file that exists or is missing, or {@code null} for {@link Reason#BAD_NAME}. */
    public Path file() {
        return file;
    }

    /** The name the user gave (title, slug, layout or draft name). */
    public String name() {
        return name;
    }

    /** For {@link Reason#DRAFT_MISSING}: the names of the drafts there are, sorted; otherwise empty. */
    public List<String> available() {
        return available;
    }
}
