package io.github.blogmaven.model.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Claims output paths for posts, pages and assets, and reports a path claimed twice (naming both source files)
 * or one that would escape the output directory. Hexo silently lets the last writer win; a lost page is worse
 * than a failed build.
 */
final class OutputPaths {
    private final Map<String, String> owners = new HashMap<>();
    private final Problems problems;

    OutputPaths(Problems problems) {
        this.problems = problems;
    }

    /**
     * Claims {@code path} for the file {@code owner}; false (after reporting why) if it is taken or unsafe.
     *
     * @param key the key that decided the path, for the message ({@code permalink}), or null
     * @param line the line of {@code key} in {@code owner}, or 0 when the path does not come from that file
     */
    boolean claim(String path, String owner, String key, int line) {
        String unsafe = PathSafety.unsafe(path);
        if (unsafe != null) {
            problems.add(owner, line, 0, key, "the output path '" + path + "' " + unsafe
                    + ", so it is not a plain path inside the output folder", Hints.UNSAFE_PATH);
            return false;
        }
        String previous = owners.putIfAbsent(path, owner);
        if (previous != null) {
            String first = previous.compareTo(owner) <= 0 ? previous : owner;
            String second = first.equals(owner) ? previous : owner;
            problems.add(second, second.equals(owner) ? line : 0, 0, key, "is published at '" + path + "', as is "
                    + first,
                    Hints.OUTPUT_COLLISION);
            return false;
        }
        return true;
    }

    static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
