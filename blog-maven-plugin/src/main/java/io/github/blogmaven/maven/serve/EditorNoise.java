package io.github.blogmaven.maven.serve;

import java.nio.file.Path;

/** Recognizes the files editors and file managers write beside the ones being edited, which Hexo ignores too. */
final class EditorNoise {

    private EditorNoise() {
    }

    /** Whether {@code path} names a backup, swap, probe or lock file rather than content. */
    static boolean matches(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return false;
        }
        String name = fileName.toString();
        return name.endsWith("~") // Emacs, vim and gedit backups
                || name.endsWith("%") // KDE backups
                || name.endsWith(".swp") || name.endsWith(".swx") // vim swap files
                || name.equals("4913") // vim's probe for whether it may write in the directory
                || name.startsWith(".#") // Emacs lock files
                || name.equals(".DS_Store"); // macOS Finder's folder settings
    }
}
