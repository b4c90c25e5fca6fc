package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.Set;
import java.util.function.Supplier;

/**
 * flexmark's factory for an inline parser that a few characters start, with no ordering among extensions and
 * nothing to do at the end of a block or document: what each of ours needs, said once.
 */
final class InlineTrigger implements InlineParserExtensionFactory {
    /** An inline parser of ours: {@link #parse} is all it does. */
    interface Parse extends InlineParserExtension {
        @Override
        default void finalizeDocument(InlineParser parser) {
        }

        @Override
        default void finalizeBlock(InlineParser parser) {
        }
    }

    private final String characters;
    private final Supplier<Parse> parsers;

    /** Starts a parser from {@code parsers} for each document, tried at each of {@code characters}. */
    InlineTrigger(String characters, Supplier<Parse> parsers) {
        this.characters = characters;
        this.parsers = parsers;
    }

    @Override
    public CharSequence getCharacters() {
        return characters;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
        return parsers.get();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
