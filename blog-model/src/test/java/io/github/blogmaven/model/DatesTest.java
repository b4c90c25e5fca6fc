package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every expectation is an instant or a zone from the configuration; none depends on the machine's zone. */
@DisplayName("Post and page dates")
class DatesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private TempSite shanghai() {
        return TempSite.withConfig(dir, "timezone: Asia/Shanghai\n");
    }

    private static Post only(Site site) {
        assertEquals(1, site.posts().size());
        return site.posts().get(0);
    }

    @Test
    @DisplayName("a naive date is in the configured zone")
    void naive() throws Exception {
        Post post = only(shanghai().file("source/_posts/a.md", "---\ndate: 2017-10-14 21:54:12\n---\n").load());
        assertEquals(Instant.parse("2017-10-14T13:54:12Z"), post.date().toInstant());
        assertEquals(SHANGHAI, post.date().getZone());
    }

    @Test
    @DisplayName("a date with an offset keeps its instant and is shown in the site zone")
    void offset() throws Exception {
        Post post = only(shanghai().file("source/_posts/a.md", "---\ndate: 2017-10-14T21:54:12Z\n---\n").load());
        assertEquals(Instant.parse("2017-10-14T21:54:12Z"), post.date().toInstant());
        assertEquals(5, post.date().getHour());
        assertEquals(SHANGHAI, post.date().getZone());
    }

    @Test
    @DisplayName("a date-only value is midnight in the site zone; a quoted date works too")
    void dateOnly() throws Exception {
        Post post = only(shanghai().file("source/_posts/a.md", "---\ndate: '2017-10-14'\n---\n").load());
        assertEquals(Instant.parse("2017-10-13T16:00:00Z"), post.date().toInstant());
    }

    @Test
    @DisplayName("a missing date is the file's modification time in the site zone; updated follows date")
    void missingDate() throws Exception {
        Instant mtime = Instant.parse("2021-03-04T05:06:07.890Z");
        Post post = only(shanghai().file("source/_posts/a.md", "---\ntitle: t\n---\n")
                .modified("source/_posts/a.md", mtime).load());
        assertEquals(Instant.parse("2021-03-04T05:06:07Z"), post.date().toInstant());
        assertEquals(SHANGHAI, post.date().getZone());
        assertEquals(post.date(), post.updated());
    }

    @Test
    @DisplayName("a missing date comes from the file name when new_post_name spells one")
    void dateFromFilename() throws Exception {
        Post post = only(TempSite.withConfig(dir, "timezone: Asia/Shanghai\nnew_post_name: :year-:month-:day-:title.md\n")
                .file("source/_posts/2019-05-06-hello.md", "---\ntitle: t\n---\n").load());
        assertEquals(Instant.parse("2019-05-05T16:00:00Z"), post.date().toInstant());
        assertEquals("hello", post.slug());
    }

    @Test
    @DisplayName("updated is read like date; updated_option: mtime takes the file time when it is missing")
    void updated() throws Exception {
        Post post = only(shanghai().file("source/_posts/a.md", "---\ndate: 2017-10-14\nupdated: 2018-01-02 03:04:05\n---\n").load());
        assertEquals(Instant.parse("2018-01-01T19:04:05Z"), post.updated().toInstant());
        assertEquals(post.updated(), post.frontMatter().get("updated"));

        Path other = dir.resolve("mtime");
        Post byMtime = only(TempSite.withConfig(other, "timezone: UTC\nupdated_option: mtime\n")
                .file("source/_posts/a.md", "---\ndate: 2017-10-14\n---\n").load());
        assertEquals(TempSite.MTIME, byMtime.updated().toInstant());
    }

    @Test
    @DisplayName("a date that does not exist is a problem naming the file, line, key and accepted formats")
    void invalid() throws Exception {
        List<ContentProblem> problems = shanghai()
                .file("source/_posts/a.md", "---\ntitle: t\ndate: 2024-02-30\n---\n").problems();
        assertEquals(1, problems.size());
        ContentProblem problem = problems.get(0);
        assertEquals("source/_posts/a.md", problem.path());
        assertEquals(3, problem.line());
        assertEquals(7, problem.column());
        assertEquals("date", problem.key());
        assertEquals("'2024-02-30' is not a day of the calendar", problem.message());
        assertTrue(problem.hint().contains("YYYY-MM-DD HH:mm"), problem.hint());
        assertEquals("source/_posts/a.md:3:7: key 'date': '2024-02-30' is not a day of the calendar (hint: "
                + problem.hint() + ")", problem.toString());
    }

    @Test
    @DisplayName("text that is no date is a problem too, in pages as in posts")
    void unparsable() throws Exception {
        List<ContentProblem> problems = shanghai()
                .file("source/about.md", "---\ndate: last tuesday\n---\n").problems();
        assertEquals("source/about.md", problems.get(0).path());
        assertEquals(2, problems.get(0).line());
        assertEquals("'last tuesday' is not a date", problems.get(0).message());
    }

    @Test
    @DisplayName("without timezone, dates are UTC and the log says so once, with how to set it")
    void noTimezone() throws Exception {
        TempSite site = TempSite.withConfig(dir, "title: t\n")
                .file("source/_posts/a.md", "---\ndate: 2017-10-14 21:54:12\n---\n")
                .file("source/_posts/b.md", "---\ndate: 2017-10-15 21:54:12\n---\n");
        Site loaded = site.load();
        assertEquals(ZoneOffset.UTC, loaded.config().timezone());
        assertEquals(Instant.parse("2017-10-14T21:54:12Z"), loaded.posts().get(1).date().toInstant());
        assertEquals(1, site.log().size());
        assertTrue(site.log().get(0).contains("UTC") && site.log().get(0).contains("timezone:"), site.log().get(0));
    }

    @Test
    @DisplayName("an unknown timezone is a problem on _config.yml's timezone key")
    void invalidTimezone() throws Exception {
        List<ContentProblem> problems = TempSite.withConfig(dir, "title: t\ntimezone: Mars/Olympus\n").problems();
        assertEquals(1, problems.size());
        assertEquals("_config.yml", problems.get(0).path());
        assertEquals(2, problems.get(0).line());
        assertEquals("timezone", problems.get(0).key());
        assertTrue(problems.get(0).hint().contains("Asia/Shanghai"));
    }
}
