package io.github.blogmaven.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.blogmaven.model.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site theme is code from elsewhere. Whatever its templates try, they get the model's data and nothing more:
 * each attempt to reach Java, the file system or code fails the build with an error naming the template, line,
 * column and page (or renders inertly), and never runs.
 */
@DisplayName("A hostile site template cannot escape the sandbox")
class HostileTemplateTest {
    private static final String PAGE = "2020/01/01/a/index.html";
    private static final String TEMPLATE = "themes/evil/layout/post.ftlh";

    @TempDir
    Path dir;

    TestBlog blog;
    Path canary;

    @BeforeEach
    void blog() {
        blog = TestBlog.in(dir).post("a.md", "A", "Text.\n");
        canary = dir.resolve("pwned");
    }

    /** Builds with {@code hostile} on line 2 of the post layout and returns the one problem it must cause. */
    private ContentProblem refused(String hostile) {
        blog.layout("post.ftlh", "<h1>${post.title}</h1>\n" + hostile + "\n");
        GenerateException e = assertThrows(GenerateException.class, () -> blog.build());
        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals(TEMPLATE, problem.path(), e.getMessage());
        assertEquals(2, problem.line(), e.getMessage());
        assertTrue(problem.column() > 0, e.getMessage());
        assertTrue(problem.message().endsWith("(while rendering " + PAGE + ")"), problem.message());
        assertFalse(Files.exists(canary), "the template ran a command");
        assertFalse(Files.exists(blog.output.resolve("index.html")), "a failed build wrote the site");
        return problem;
    }

    private String render(String template) throws Exception {
        blog.layout("post.ftlh", template);
        blog.build();
        assertFalse(Files.exists(canary), "the template ran a command");
        return blog.read(PAGE);
    }

    @Test
    @DisplayName("?new of freemarker.template.utility.Execute is refused: no command runs")
    void executeIsRefused() {
        ContentProblem problem = refused("${\"freemarker.template.utility.Execute\"?new()(\"touch " + canary + "\")}");
        assertTrue(problem.message().contains("not allowed"), problem.message());
        assertTrue(problem.hint().contains("sandboxed"), problem.hint());
    }

    @Test
    @DisplayName("?new of ObjectConstructor is refused: no Java object is made")
    void objectConstructorIsRefused() {
        ContentProblem problem = refused(
                "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/etc/passwd\")}");
        assertTrue(problem.message().contains("not allowed"), problem.message());
    }

    @Test
    @DisplayName("?new of any class at all is refused")
    void anyNewIsRefused() {
        refused("<#assign x = \"io.github.blogmaven.renderer.SiteGenerator\"?new()>");
    }

    @Test
    @DisplayName("?api is disabled, so a map's Java methods are out of reach")
    void apiIsDisabled() {
        ContentProblem problem = refused("${post.frontMatter?api.getClass()}");
        assertTrue(problem.message().contains("api_builtin_enabled"), problem.message());
    }

    @Test
    @DisplayName("${site.class} does not exist: no java.lang.Class for a template")
    void noClassProperty() {
        ContentProblem problem = refused("${site.class.name}");
        assertTrue(problem.message().contains("site.class"), problem.message());
    }

    @Test
    @DisplayName("${page.getClass()} does not exist")
    void noGetClass() {
        ContentProblem problem = refused("${page.getClass()}");
        assertTrue(problem.message().contains("page.getClass"), problem.message());
    }

    @Test
    @DisplayName(".getClass().getClassLoader() cannot be reached from any model object")
    void noClassLoader() {
        refused("${post.date.getClass().getClassLoader()}");
    }

    @Test
    @DisplayName("a record's own methods (not its components) cannot be called")
    void noRecordMethods() {
        ContentProblem problem = refused("${post.withNeighbours(post.newer, post.older).title}");
        assertTrue(problem.message().contains("withNeighbours"), problem.message());
    }

    @Test
    @DisplayName("equals, hashCode and toString are not callable as methods")
    void noObjectMethods() {
        refused("${post.hashCode()}");
    }

    @Test
    @DisplayName("there is no statics or objectConstructor in the data model")
    void noStatics() {
        refused("${statics[\"java.lang.System\"].getProperty(\"user.home\")}");
    }

    @Test
    @DisplayName("a Java value inside the front matter prints as text and exposes no methods")
    void nestedJavaValuesAreInert() throws Exception {
        blog.file("source/_posts/a.md",
                "---\ntitle: A\ndate: 2020-01-01 00:00:00\nwhen:\n  at: 2020-01-01T10:00:00Z\n---\nText.\n");
        String page = render("<#assign at = post.frontMatter.when.at>"
                + "<p id=\"t\">${at?is_hash?then(at?keys?size, -1)}</p><p id=\"v\">${at}</p>");
        assertTrue(page.contains("<p id=\"t\">0</p>"), "a java.time value has no members: " + page);
        assertTrue(page.contains("<p id=\"v\">2020-01-01T10:00Z[UTC]</p>"), page);
    }

    @Test
    @DisplayName("<#include \"/../../../etc/passwd\"> is refused: names cannot climb out of the layout folder")
    void includeCannotClimbOut() {
        ContentProblem problem = refused("<#include \"/../../../etc/passwd\">");
        assertTrue(problem.message().contains("inclusion failed"), problem.message());
    }

    @Test
    @DisplayName("<#import> of a file outside the theme is refused")
    void importCannotClimbOut() {
        refused("<#import \"../../../source/_posts/a.md\" as post>");
    }

    @Test
    @DisplayName("<#include \"file:///etc/passwd\"> finds nothing: template names are not URLs")
    void includeIsNotAUrl() {
        refused("<#include \"file:///etc/passwd\">");
    }

    @Test
    @DisplayName(".get_optional_template cannot see outside the layout folder either: it finds nothing")
    void optionalTemplateCannotClimbOut() throws Exception {
        String page = render("<p>${.get_optional_template(\"../../../etc/passwd\").exists?c}"
                + " ${.get_optional_template(\"/../../../../../etc/passwd\").exists?c}</p>");
        assertTrue(page.contains("<p>false false</p>"), page);
    }

    @Test
    @DisplayName("a template that links (symlink) to a file outside the layout folder is refused, not read")
    void symlinkedIncludeIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        blog.layout("post.ftlh", "<h1>${post.title}</h1>\n<#include \"partial.ftlh\">\n");
        Path link = blog.base.resolve("themes/evil/layout/partial.ftlh");
        assumeTrue(symlink(link, secret), "symbolic links are not supported here");

        GenerateException e = assertThrows(GenerateException.class, () -> blog.build());
        ContentProblem problem = e.problems().get(0);
        assertEquals(TEMPLATE, problem.path(), e.getMessage());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("outside the theme's layout folder"), problem.message());
        assertFalse(e.getMessage().contains("TOP SECRET"));
    }

    @Test
    @DisplayName("a layout that is itself a link to a file outside the layout folder is refused")
    void symlinkedLayoutIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.ftlh"), "TOP SECRET ${post.title}");
        blog.layout("page.ftlh", "${page.title}");
        Path link = blog.base.resolve("themes/evil/layout/post.ftlh");
        assumeTrue(symlink(link, secret), "symbolic links are not supported here");

        GenerateException e = assertThrows(GenerateException.class, () -> blog.build());
        assertEquals(1, e.problems().size(), e.getMessage());
        ContentProblem problem = e.problems().get(0);
        assertEquals(TEMPLATE, problem.path(), e.getMessage());
        assertTrue(problem.message().contains("outside the theme's layout folder"), problem.message());
        assertTrue(problem.message().endsWith("(while rendering " + PAGE + ")"), problem.message());
        assertFalse(Files.exists(blog.output.resolve(PAGE)));
    }

    @Test
    @DisplayName("even a theme that ?interpret-s front matter only runs it inside the same sandbox")
    void interpretedDataIsStillSandboxed() {
        blog.file("source/_posts/a.md", "---\ntitle: A\ndate: 2020-01-01 00:00:00\ncode: '${\"freemarker.template."
                + "utility.Execute\"?new()(\"touch " + canary + "\")}'\n---\nText.\n");
        ContentProblem problem = refused("<@post.frontMatter.code?interpret/>");
        assertTrue(problem.message().contains("not allowed"), problem.message());
    }

    @Test
    @DisplayName("<#setting> cannot turn ?new back on")
    void settingCannotLoosenTheSandbox() {
        refused("<#setting new_builtin_class_resolver=\"unrestricted\">");
    }

    @Test
    @DisplayName("a page's data is all a theme needs: components, maps and lists still work")
    void dataStillWorks() throws Exception {
        blog.file("source/_posts/a.md", "---\ntitle: A & B\ndate: 2020-01-01 00:00:00\ntags: [x, y]\n"
                + "keywords: {one: 1}\n---\nText.\n");
        String page = render("<h1>${post.title}</h1><#list post.tags as t><i>${t.name}</i></#list>"
                + "<b>${post.frontMatter.keywords.one}</b><u>${post.date.iso}</u><s>${site.title}</s>"
                + "<q>${url_for(\"/x y\")}</q>");
        assertTrue(page.contains("<h1>A &amp; B</h1><i>x</i><i>y</i><b>1</b><u>2020-01-01T00:00:00Z</u>"
                + "<s>Test</s><q>/x%20y</q>"), page);
    }

    private static boolean symlink(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
