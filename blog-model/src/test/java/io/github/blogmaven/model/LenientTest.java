package io.github.blogmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Lenient mode: each bad file is a warning and is left out, the rest loads; bad configuration still fails")
class LenientTest {
    @TempDir
    Path dir;

    private TempSite site() {
        return TempSite.withConfig(dir, "timezone: UTC\npermalink: posts/:abbrlink.html\n")
                .file("source/_posts/good.md", "---\ntitle: Good\nabbrlink: good\ntags: [kept]\n---\nFine.\n")
                .file("source/_posts/bad-date.md", "---\ntitle: Bad\nabbrlink: bad\ndate: 2024-02-30\ntags: [lost]\n"
                        + "---\n")
                .file("source/_posts/bad-yaml.md", "---\ntitle: [unclosed\n---\n")
                .file("source/about.md", "---\npermalink: ../../x\n---\nAbout")
                .file("source/contact.md", "Contact")
                .file("source/_data/menu.yml", "a: b: c\n")
                .file("source/_data/links.yml", "home: /\n");
    }

    @Test
    @DisplayName("the good files load; the bad post, page and data file are left out")
    void goodFilesLoad() throws Exception {
        Site loaded = site().loadLenient();
        assertEquals(List.of("source/_posts/good.md"), loaded.posts().stream()
                .map(p -> p.source().relativePath()).toList());
        assertEquals(List.of("source/contact.md"), loaded.pages().stream()
                .map(p -> p.source().relativePath()).toList());
        assertEquals(List.of("links"), List.copyOf(loaded.data().keySet()));
        assertEquals(List.of("kept"), loaded.tags().stream().map(t -> t.term().name()).toList(),
                "a left-out post takes its tags with it");
    }

    @Test
    @DisplayName("each problem is a warning with the very text strict mode fails with, then one summary line")
    void warningsHaveTheSameText() throws Exception {
        List<String> strict = site().problems().stream().map(ContentProblem::toString).toList();
        TempSite lenient = site();
        lenient.loadLenient();
        List<String> warnings = lenient.warnings();
        assertEquals(strict, warnings.subList(0, warnings.size() - 1));
        assertEquals(4, strict.size(), strict.toString());
        assertTrue(warnings.get(warnings.size() - 1).startsWith("Lenient mode: left out 4 files with problems ("
                + "source/_data/menu.yml, source/_posts/bad-date.md, source/_posts/bad-yaml.md, source/about.md)"),
                warnings.get(warnings.size() - 1));
    }

    @Test
    @DisplayName("a problem in _config.yml still fails the load, with only the configuration's problems")
    void configStillFails() throws Exception {
        TempSite broken = site().file("_config.yml", "timezone: Nowhere/Land\nper_page: many\n");
        ContentException e = assertThrows(ContentException.class, broken::loadLenient);
        assertEquals(List.of("_config.yml", "_config.yml"), e.problems().stream().map(ContentProblem::path).toList());
        assertTrue(e.getMessage().startsWith("2 content errors:"), e.getMessage());
    }

    @Test
    @DisplayName("of two posts published at the same path, the second is left out and the first kept")
    void collision() throws Exception {
        TempSite clash = TempSite.withConfig(dir, "timezone: UTC\npermalink: posts/:abbrlink.html\n")
                .file("source/_posts/a.md", "---\nabbrlink: same\n---\nA")
                .file("source/_posts/b.md", "---\nabbrlink: same\n---\nB");
        Site loaded = clash.loadLenient();
        assertEquals(List.of("source/_posts/a.md"), loaded.posts().stream().map(p -> p.source().relativePath())
                .toList());
        assertTrue(clash.warnings().get(0).startsWith("source/_posts/b.md: key 'permalink': is published at "
                + "'posts/same.html', as is source/_posts/a.md"), clash.warnings().toString());
    }

    @Test
    @DisplayName("a file that is not UTF-8 or too large is left out like any other bad file")
    void encodingAndSize() throws Exception {
        TempSite mixed = TempSite.withConfig(dir, "timezone: UTC\n")
                .file("source/_posts/ok.md", "---\ntitle: ok\n---\n")
                .bytes("source/_posts/latin1.md", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Site loaded = mixed.loadLenient();
        assertEquals(1, loaded.posts().size());
        assertTrue(mixed.warnings().get(0).startsWith("source/_posts/latin1.md:1:4: is not valid UTF-8"),
                mixed.warnings().toString());
    }

    @Test
    @DisplayName("without problems, lenient mode warns about nothing")
    void quietWhenClean() throws Exception {
        TempSite clean = TempSite.withConfig(dir, "timezone: UTC\n").file("source/_posts/ok.md", "ok");
        clean.loadLenient();
        assertEquals(List.of(), clean.warnings());
    }
}
