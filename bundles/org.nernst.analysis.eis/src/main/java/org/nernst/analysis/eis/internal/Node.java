package org.nernst.analysis.eis.internal;

import java.util.List;
import org.nernst.analysis.eis.ElementType;

/** The parsed circuit: elements combined in series and in parallel. */
public sealed interface Node permits Node.Element, Node.Series, Node.Parallel {

    /**
     * One element; its parameters sit at {@code offset ...} of the parameter vector.
     *
     * @param position 0-based character position in the circuit string (for messages)
     */
    record Element(ElementType type, String name, int offset, int position) implements Node {
    }

    /** Elements in series; their parameters are the contiguous range [from, to). */
    record Series(List<Node> items, int from, int to) implements Node {
        public Series {
            items = List.copyOf(items);
        }
    }

    /** Branches in parallel; their parameters are the contiguous range [from, to). */
    record Parallel(List<Node> branches, int from, int to) implements Node {
        public Parallel {
            branches = List.copyOf(branches);
        }
    }

    /** First parameter index of the subtree. */
    default int first() {
        return switch (this) {
            case Element e -> e.offset();
            case Series s -> s.from();
            case Parallel p -> p.from();
        };
    }

    /** One past the last parameter index of the subtree (parameters are numbered depth-first). */
    default int end() {
        return switch (this) {
            case Element e -> e.offset() + e.type().params().size();
            case Series s -> s.to();
            case Parallel p -> p.to();
        };
    }
}
