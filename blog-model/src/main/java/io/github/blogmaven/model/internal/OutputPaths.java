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
     */
    boolean claim(String path, String owner, String key) {
        if (!isSafe(path)) {
            problems.add(owner, 0, 0, key, "the output path '" + path + "' is not a plain relative path",
                    Hints.UNSAFE_PATH);
            return false;
        }
        String previous = owners.putIfAbsent(path, owner);
        if (previous != null) {
            String first = previous.compareTo(owner) <= 0 ? previous : owner;
            String second = first.equals(owner) ? previous : owner;
            problems.add(second, 0, 0, key, "is published at '" + path + "', as is " + first,
                    Hints.OUTPUT_COLLISION);
            return false;
        }
        return true;
    }

    /** A relative path without empty, {@code .} or {@code ..} segments and without backslashes. */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
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
