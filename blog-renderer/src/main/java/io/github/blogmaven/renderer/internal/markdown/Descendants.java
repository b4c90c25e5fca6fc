package io.github.blogmaven.renderer.internal.markdown;

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

    private Descendants(Node root) {
        this.root = root;
    }

    static Iterable<Node> of(Node root) {
        return new Descendants(root);
    }

    @Override
    public Iterator<Node> iterator() {
        return new Iterator<>() {
            private Node next = root.getFirstChild();

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

    /** The node after {@code node} in document order below the root: its first child, else the next one up. */
    private Node following(Node node) {
        Node child = node.getFirstChild();
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
