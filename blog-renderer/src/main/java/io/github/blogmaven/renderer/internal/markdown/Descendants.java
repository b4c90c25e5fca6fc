package io.github.blogmaven.renderer.internal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The nodes below a node, in document order, as flexmark's {@code Node.getDescendants()} gives them, but walked
 * through the nodes' own links: flexmark's iterator keeps a {@code java.util.Stack}, synchronized on every push and
 * pop, and walking every post's tree with it twice took 2 % of a build. The tree must not change during the walk.
 */
final class Descendants implements Iterable<Node> {
    private final Node root;
    private final boolean blocksOnly;

    private Descendants(Node root, boolean blocksOnly) {
        this.root = root;
        this.blocksOnly = blocksOnly;
    }

    static Iterable<Node> of(Node root) {
        return new Descendants(root, false);
    }

    /**
     * The nodes below {@code root}, in document order, but for those inside an inline node, a paragraph or a heading:
     * every block, and the few inline nodes a block holds directly (a code block's text), without walking the
     * inline content of every paragraph.
     */
    static Iterable<Node> blocks(Node root) {
        return new Descendants(root, true);
    }

    @Override
    public Iterator<Node> iterator() {
        return new Iterator<>() {
            private Node next = skipped(root) ? null : root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node node = next;
                if (node == null) {
                    throw new NoSuchElementException();
                }
                next = following(node);
                return node;
            }
        };
    }

    private boolean skipped(Node node) {
        return blocksOnly && (!(node instanceof Block) || node instanceof Paragraph
                || node instanceof com.vladsch.flexmark.ast.Heading);
    }

    /** The node after {@code node} in document order below the root: its first child, else the next one up. */
    private Node following(Node node) {
        Node child = skipped(node) ? null : node.getFirstChild();
        if (child != null) {
            return child;
        }
        for (Node up = node; up != root; up = up.getParent()) {
            if (up.getNext() != null) {
                return up.getNext();
            }
        }
        return null;
    }
}
