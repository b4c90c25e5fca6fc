package io.github.blogmaven.renderer.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.blogmaven.model.Post;
import io.github.blogmaven.renderer.internal.TestSites;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hexo's {@code order_by} settings, as its database's {@code sort} reads them. */
class PostOrderTest {
    final Post old = post("old", 2019, "Banana", Map.of("weight", 2));
    final Post middle = post("middle", 2020, "apple", Map.of("weight", 10));
    final Post recent = post("recent", 2021, "Cherry", Map.of());

    /** The list as the model gives it: newest first. */
    final List<Post> posts = List.of(recent, middle, old);

    @Test
    @DisplayName("dates compare by instant, whatever their zone or offset and to the nanosecond")
    void datesByInstant() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            Temporal a = dateTime(random);
            Temporal b = random.nextInt(4) == 0 ? a : dateTime(random);
            assertEquals(Integer.signum(Instant.from(a).compareTo(Instant.from(b))),
                    Integer.signum(PostOrder.compareValues(a, b)), a + " " + b);
        }
    }

    private static Temporal dateTime(Random random) {
        Instant instant = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(4), random.nextInt(3) * 500_000_000);
        ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(5) - 2);
        return random.nextBoolean() ? instant.atZone(ZoneId.of("Asia/Shanghai")).withZoneSameInstant(offset)
                : instant.atOffset(offset);
    }

    @Test
    @DisplayName("-date is newest first, date oldest first, and nothing configured means -date")
    void byDate() {
        assertEquals(List.of("recent", "middle", "old"), sort("-date"));
        assertEquals(List.of("old", "middle", "recent"), sort("date"));
        assertEquals(List.of("old", "middle", "recent"), sort("+date"));
        assertEquals(List.of("recent", "middle", "old"), sort(null));
        assertEquals(List.of("recent", "middle", "old"), sort("  "));
    }

    @Test
    @DisplayName("title sorts by UTF-16 code units, as JavaScript compares strings: capitals first")
    void byTitle() {
        assertEquals(List.of("old", "recent", "middle"), sort("title"));
        assertEquals(List.of("middle", "recent", "old"), sort("-title"));
    }

    @Test
    @DisplayName("a map gives each field a direction: -1, desc and descending are descending")
    void map() {
        Map<String, Object> byDate = new LinkedHashMap<>();
        byDate.put("date", -1);
        assertEquals(List.of("recent", "middle", "old"), sort(byDate));
        assertEquals(List.of("old", "middle", "recent"), sort(Map.of("date", 1)));
        assertEquals(List.of("middle", "recent", "old"), sort(Map.of("title", "desc")));
        assertEquals(List.of("middle", "recent", "old"), sort(Map.of("title", "descending")));
        assertEquals(List.of("old", "recent", "middle"), sort(Map.of("title", "asc")));
    }

    @Test
    @DisplayName("any front-matter key is a field; numbers compare as numbers, a missing value comes first")
    void frontMatterKey() {
        assertEquals(List.of("recent", "old", "middle"), sort("weight"));
        assertEquals(List.of("middle", "old", "recent"), sort("-weight"));
    }

    @Test
    @DisplayName("later fields break ties of earlier ones; equal posts keep the list's order")
    void ties() {
        Post twin = post("twin", 2020, "apple", Map.of("weight", 2));
        List<Post> list = new ArrayList<>(List.of(recent, middle, twin, old));
        list.sort(PostOrder.parse("title -weight", "-date"));
        assertEquals(List.of("old", "recent", "middle", "twin"), slugs(list));
        list.sort(PostOrder.parse("weight", "-date"));
        assertEquals(List.of("recent", "old", "twin", "middle"), slugs(list), "old and twin tie: kept in order");
    }

    @Test
    @DisplayName("sticky first: higher first, true counts as 1, a number in a string counts, anything else is 0")
    void sticky() {
        Post pinned = post("pinned", 2000, "z", Map.of("sticky", 10));
        Post flagged = post("flagged", 2001, "z", Map.of("sticky", true));
        Post text = post("text", 2002, "z", Map.of("sticky", "5"));
        Post junk = post("junk", 2003, "z", Map.of("sticky", "yes"));
        List<Post> list = new ArrayList<>(List.of(recent, junk, text, flagged, pinned));
        list.sort(PostOrder.stickyFirst(PostOrder.parse("-date", "-date")));
        assertEquals(List.of("pinned", "text", "flagged", "recent", "junk"), slugs(list));
    }

    private List<String> sort(Object orderBy) {
        List<Post> list = new ArrayList<>(posts);
        Comparator<Post> order = PostOrder.parse(orderBy, PostOrder.NEWEST_FIRST);
        list.sort(order);
        return slugs(list);
    }

    private static List<String> slugs(List<Post> list) {
        return list.stream().map(Post::slug).toList();
    }

    private static Post post(String slug, int year, String title, Map<String, Object> frontMatter) {
        Post post = TestSites.post(slug, TestSites.date(year, 6, 1), List.of(), List.of(), frontMatter, "x");
        return new Post(post.source(), title, post.date(), post.updated(), post.tags(), post.categories(),
                post.abbrlink(), post.layout(), post.draft(), post.lang(), post.comments(), post.excerpt(),
                post.slug(), post.path(), post.body(), post.frontMatter());
    }
}
