package io.github.blogmaven.maven.serve;

import com.google.gson.Gson;

/** The JSON the tests read and write: documents as maps, lists, strings, doubles, booleans and nulls. */
public final class Json {
    private static final Gson GSON = new Gson();

    private Json() {
    }

    /** The value {@code text} holds: a {@code Map<String, Object>}, {@code List<Object>}, String, Double... */
    public static Object parse(String text) {
        return GSON.fromJson(text, Object.class);
    }

    /** {@code text} as a JSON string, quotes included. */
    public static String quote(String text) {
        return GSON.toJson(text);
    }
}
