package io.github.blogmaven.model.internal;

import io.github.blogmaven.model.Body;
import io.github.blogmaven.model.FrontMatter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Gives a post's front-matter keys their meaning, as Hexo's post processor does: {@code tag}/{@code category}
 * stand in for {@code tags}/{@code categories}, a flat category list is one chain, {@code _drafts/},
 * {@code published: false} and {@code draft: true} make a draft, and a missing date comes from the file name
 * (when {@code new_post_name} spells one) or else the file's modification time.
 */
final class PostReader {
    /** Keys whose values are text as written, never numbers or booleans. */
    static final Set<String> TEXT_KEYS = Set.of(
            "title", "tags", "tag", "categories", "category", "abbrlink", "permalink", "lang", "excerpt", "layout");

    private final LoadSettings settings;
    private final TermFactory terms;
    private final PostFilename filenames;
    private final Set<String> tokenKeys;
    private final boolean keepBodies;

    /**
     * @param tokenKeys the permalink tokens that may come from front matter
     * @param keepBodies whether posts hold their bodies in memory; if not, each is read from its file when asked
     */
    PostReader(LoadSettings settings, Set<String> tokenKeys, boolean keepBodies) {
        this.settings = settings;
        this.terms = new TermFactory(settings.config());
        this.filenames = new PostFilename(settings.config().newPostName());
        this.tokenKeys = Set.copyOf(tokenKeys);
        this.keepBodies = keepBodies;
    }

    PostEntry read(ScannedFile file, ParsedSource parsed, Instant modified, SourceDates dates, Problems problems) {
        FieldReader in = new FieldReader(parsed.frontMatter(), problems);
        PostFilename.Info info = filenames.read(file.inPostDir());
        ZonedDateTime date = dates.read(in, "date");
        if (date == null) {
            date = info.day().map(d -> d.atStartOfDay(dates.reader().zone()))
                    .orElseGet(() -> dates.fileTime(modified));
        }
        ZonedDateTime updated = dates.read(in, "updated");
        if (updated == null) {
            updated = settings.updatedOption() == LoadSettings.UpdatedOption.MTIME ? dates.fileTime(modified) : date;
        }
        Boolean published = in.bool("published");
        Boolean draftFlag = in.bool("draft");
        Boolean comments = in.bool("comments");
        boolean draft = file.inDrafts() || Boolean.FALSE.equals(published) || Boolean.TRUE.equals(draftFlag);
        String title = in.text("title");
        checkSlugs(in, present(in, "tags") ? "tags" : "tag", "tag", terms::tagSlug);
        checkSlugs(in, present(in, "categories") ? "categories" : "category", "category", terms::categorySlug);
        return new PostEntry(
                file,
                title == null ? "" : title,
                date,
                updated,
                tags(in),
                categories(in),
                blankToNull(in.text("abbrlink")),
                layout(in, settings.defaultLayout()),
                draft,
                in.text("lang"),
                comments == null || comments,
                in.text("excerpt"),
                info.title(),
                blankToNull(in.text("permalink")),
                tokenTexts(parsed.frontMatter()),
                keepBodies ? Body.of(parsed.body(), parsed.contentLine()) : FileBody.of(file.source(), parsed),
                frontMatter(parsed.frontMatter(), date, updated),
                parsed.frontMatter());
    }

    private static List<String> tags(FieldReader in) {
        String key = present(in, "tags") ? "tags" : "tag";
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : in.texts(key)) {
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    /** Hexo's {@code setCategories}: a flat list is one chain; if any item is a list, each item is a chain. */
    static List<List<String>> categories(FieldReader in) {
        String key = present(in, "categories") ? "categories" : "category";
        Node node = in.node(key);
        List<List<String>> chains = new ArrayList<>();
        if (node instanceof SequenceNode sequence
                && sequence.getValue().stream().anyMatch(SequenceNode.class::isInstance)) {
            for (Node item : sequence.getValue()) {
                chains.add(names(in.texts(item, key)));
            }
        } else {
            chains.add(names(in.texts(node, key)));
        }
        return chains.stream().filter(chain -> !chain.isEmpty()).distinct().toList();
    }

    // A name that slugize empties entirely (such as '..' or '++') would make its page the tag or category index
    // itself, so it is a problem at the name.
    private static void checkSlugs(FieldReader in, String key, String kind, UnaryOperator<String> slug) {
        Node node = in.node(key);
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : node == null ? List.of()
                : List.of(node);
        for (Node item : items) {
            List<Node> names = item instanceof SequenceNode chain ? chain.getValue() : List.of(item);
            for (Node name : names) {
                if (name instanceof ScalarNode scalar && !FieldReader.isNull(scalar) && !scalar.getValue().isEmpty()
                        && slug.apply(scalar.getValue()).isEmpty()) {
                    in.report(scalar, key, "the " + kind + " '" + scalar.getValue() + "' has nothing left for its URL "
                            + "(slugize turns every character of it into '-' and trims them)",
                            Hints.emptySlug(kind, scalar.getValue()));
                }
            }
        }
    }

    private static List<String> names(List<String> texts) {
        return texts.stream().filter(name -> !name.isEmpty()).toList();
    }

    private static String layout(FieldReader in, String defaultLayout) {
        YamlDocument.Entry entry = in.document().entry("layout");
        if (entry != null && Boolean.FALSE.equals(entry.value())) {
            return "false";
        }
        String layout = in.text("layout");
        return layout == null || layout.isBlank() ? defaultLayout : layout;
    }

    private Map<String, String> tokenTexts(YamlDocument document) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : tokenKeys) {
            YamlDocument.Entry entry = document.entry(key);
            if (entry != null) {
                String text = NodeText.token(entry.node(), entry.value());
                if (text != null) {
                    texts.put(key, text);
                }
            }
        }
        return texts;
    }

    /**
     * Every key, in order. Text keys hold their text as written; {@code date} and {@code updated} hold the
     * resolved {@code ZonedDateTime}; other YAML timestamps are a {@code ZonedDateTime} (or a {@code LocalDate}
     * when they have no time).
     */
    static FrontMatter frontMatter(YamlDocument document, ZonedDateTime date, ZonedDateTime updated) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (YamlDocument.Entry entry : document.entries()) {
            Object value = entry.value();
            if (TEXT_KEYS.contains(entry.key()) && !(entry.key().equals("layout") && Boolean.FALSE.equals(value))) {
                value = NodeText.raw(entry.node(), value);
            } else if (entry.key().equals("date")) {
                value = date;
            } else if (entry.key().equals("updated")) {
                value = updated;
            }
            values.put(entry.key(), value);
        }
        return new FrontMatter(values, document.lines());
    }

    private static boolean present(FieldReader in, String key) {
        Node node = in.node(key);
        if (node == null || FieldReader.isNull(node)) {
            return false;
        }
        return !(node instanceof ScalarNode scalar) || !scalar.getValue().isEmpty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
