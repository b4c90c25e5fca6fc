package io.github.blogmaven.renderer.internal.pages;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.links.Links;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of a post list as Hexo's {@code order_by} settings write it ({@code index_generator.order_by},
 * {@code archive_generator.order_by}, {@code tag_generator.order_by}, {@code category_generator.order_by},
 * {@code feed.order_by}), which Hexo hands to its database's {@code sort}:
 *
 * <ul>
 *   <li>a string of fields separated by spaces, each ascending, or descending with a leading {@code -}
 *       ({@code -date}, {@code title}, {@code -sticky -date}, {@code +title});
 *   <li>a map from field to direction ({@code {date: -1}}, {@code {title: desc}}), where {@code -1},
 *       {@code desc} and {@code descending} mean descending and anything else ascending.
 * </ul>
 *
 * <p>A field is a post's {@code date}, {@code updated}, {@code title}, {@code path}, {@code slug},
 * {@code source}, {@code layout}, {@code lang} or {@code abbrlink}, or else any front-matter key
 * ({@code weight}, {@code sticky}). Each field's reader is chosen once, when the order is parsed, and the
 * comparator is meant for one stable sort per list, so a list of n posts costs n log n comparisons. Ties keep the
 * order the list had, newest first. A post without the field comes before the others in ascending order, as
 * Hexo puts posts without a date first.
 */
public final class PostOrder {
    /** The order Hexo's generators use when nothing is configured. */
    public static final String NEWEST_FIRST = "-date";

    private PostOrder() {
    }

    /**
     * The comparator for {@code orderBy} (a string, a map, or a list of fields), or for {@code fallback} when
     * {@code orderBy} is null or blank.
     */
    public static Comparator<Post> parse(Object orderBy, String fallback) {
        List<Comparator<Post>> keys = new ArrayList<>();
        if (orderBy instanceof Map<?, ?> map) {
            map.forEach((field, direction) -> add(keys, String.valueOf(field).strip(), descending(direction)));
        } else if (orderBy instanceof List<?> list) {
            list.forEach(item -> addAll(keys, String.valueOf(item)));
        } else if (orderBy != null) {
            addAll(keys, String.valueOf(orderBy));
        }
        if (keys.isEmpty()) {
            addAll(keys, fallback);
        }
        Comparator<Post> order = keys.get(0);
        for (int i = 1; i < keys.size(); i++) {
            order = order.thenComparing(keys.get(i));
        }
        return order;
    }

    /**
     * hexo-generator-index's order: higher {@code sticky} first ({@code true} counts as 1, anything that is not a
     * number as 0), then {@code order} among posts of equal stickiness.
     */
    public static Comparator<Post> stickyFirst(Comparator<Post> order) {
        return Comparator.comparingDouble(PostOrder::sticky).reversed().thenComparing(order);
    }

    /** A post's {@code sticky} as hexo-generator-index reads it: a number, 1 for {@code true}, else 0. */
    static double sticky(Post post) {
        Object sticky = post.frontMatter().get("sticky");
        if (sticky instanceof Number n) {
            return Double.isNaN(n.doubleValue()) ? 0 : n.doubleValue();
        }
        if (Boolean.TRUE.equals(sticky)) {
            return 1;
        }
        if (sticky instanceof String s) {
            try {
                double value = Double.parseDouble(s.strip());
                return Double.isNaN(value) ? 0 : value;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static void addAll(List<Comparator<Post>> keys, String fields) {
        for (String token : fields.strip().split("\\s+")) {
            if (token.startsWith("-")) {
                add(keys, token.substring(1), true);
            } else if (token.startsWith("+")) {
                add(keys, token.substring(1), false);
            } else {
                add(keys, token, false);
            }
        }
    }

    private static void add(List<Comparator<Post>> keys, String field, boolean descending) {
        if (field.isEmpty()) {
            return;
        }
        Function<Post, Object> reader = reader(field);
        Comparator<Post> key = (a, b) -> compareValues(reader.apply(a), reader.apply(b));
        keys.add(descending ? key.reversed() : key);
    }

    private static boolean descending(Object direction) {
        if (direction instanceof Number n) {
            return n.doubleValue() < 0;
        }
        String text = String.valueOf(direction).strip().toLowerCase(Locale.ROOT);
        return text.equals("-1") || text.equals("desc") || text.equals("descending");
    }

    private static Function<Post, Object> reader(String field) {
        return switch (field) {
            case "date" -> Post::date;
            case "updated" -> Post::updated;
            case "title" -> Post::title;
            case "path" -> post -> Links.postRoute(post.path());
            case "slug" -> Post::slug;
            case "source" -> post -> post.source().relativePath();
            case "layout" -> Post::layout;
            case "lang" -> Post::lang;
            case "abbrlink" -> Post::abbrlink;
            default -> post -> post.frontMatter().get(field);
        };
    }

    /**
     * Compares two values of one field: missing first, then numbers (and booleans, as 0 and 1) by value, dates
     * by instant, anything else by its text. Values of different kinds are ordered by kind, so the order stays
     * total whatever the front matter holds.
     */
    static int compareValues(Object a, Object b) {
        int kindA = kind(a);
        int kindB = kind(b);
        if (kindA != kindB) {
            return Integer.compare(kindA, kindB);
        }
        return switch (kindA) {
            case 0 -> 0;
            case 1 -> Double.compare(number(a), number(b));
            case 2 -> compareInstants(a, b);
            default -> String.valueOf(a).compareTo(String.valueOf(b));
        };
    }

    private static int kind(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return 1;
        }
        if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
            return 2;
        }
        return 3;
    }

    private static double number(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
    }

    // As Instant.from(a).compareTo(Instant.from(b)), without the temporal queries: sorting 10,000 posts by date
    // compares a few hundred thousand times.
    private static int compareInstants(Object a, Object b) {
        int bySecond = Long.compare(epochSecond(a), epochSecond(b));
        return bySecond != 0 ? bySecond : Integer.compare(nano(a), nano(b));
    }

    private static long epochSecond(Object dateTime) {
        return dateTime instanceof ZonedDateTime zoned ? zoned.toEpochSecond()
                : ((OffsetDateTime) dateTime).toEpochSecond();
    }

    private static int nano(Object dateTime) {
        return dateTime instanceof ZonedDateTime zoned ? zoned.getNano() : ((OffsetDateTime) dateTime).getNano();
    }
}
