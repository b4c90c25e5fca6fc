package io.github.blogmaven.renderer.compat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;

/**
 * Reads the JSON that {@code compat/hexo/reference.js} writes, strictly: objects become ordered maps, arrays
 * lists, numbers {@link java.math.BigDecimal}.
 */
final class Json {
    private static final Gson GSON = new GsonBuilder()
            .setObjectToNumberStrategy(ToNumberPolicy.BIG_DECIMAL)
            .setStrictness(Strictness.STRICT)
            .create();

    private Json() {
    }

    static Object parse(String text) {
        return GSON.fromJson(text, Object.class);
    }
}
