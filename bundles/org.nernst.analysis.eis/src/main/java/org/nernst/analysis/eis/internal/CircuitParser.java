package org.nernst.analysis.eis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nernst.analysis.eis.ElementType;
import org.nernst.core.NernstException;

/**
 * Recursive-descent parser for the impedance.py circuit grammar:
 * <pre>
 * circuit  := series END
 * series   := term ('-' term)*
 * term     := 'p(' series (',' series)+ ')' | element
 * element  := SYMBOL DIGITS          e.g. R0, CPE1, Wo1
 * </pre>
 * Spaces are ignored. Errors name the 1-based character position, so a user can find the typo.
 */
public final class CircuitParser {
    private final String text;
    private int pos;
    private int nextParam;
    private final List<Node.Element> elements = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private CircuitParser(String text) {
        this.text = text;
    }

    /** The parsed tree and its elements in parameter order. */
    public record Parsed(Node root, List<Node.Element> elements, int parameterCount) {
    }

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw NernstException.usage("empty circuit string; example: R0-p(R1,CPE1)");
        }
        CircuitParser p = new CircuitParser(text);
        Node root = p.series();
        p.skipSpaces();
        if (p.pos < text.length()) {
            char c = text.charAt(p.pos);
            throw p.error(c == ')' ? "unmatched ')'" : "unexpected '" + c + "' (elements are joined by '-', branches of p(...) by ',')");
        }
        return new Parsed(root, List.copyOf(p.elements), p.nextParam);
    }

    private Node series() {
        int from = nextParam;
        List<Node> items = new ArrayList<>();
        items.add(term());
        while (peek() == '-') {
            pos++;
            items.add(term());
        }
        return items.size() == 1 ? items.get(0) : new Node.Series(items, from, nextParam);
    }

    private Node term() {
        skipSpaces();
        if (pos >= text.length()) {
            throw error("expected an element (" + ElementType.allowedSymbols() + ") or p(...) but the string ended");
        }
        int start = pos;
        int from = nextParam;
        if (text.charAt(pos) == 'p' && peekAfter(pos + 1) == '(') {
            pos++;
            skipSpaces();
            pos++;
            List<Node> branches = new ArrayList<>();
            branches.add(series());
            while (peek() == ',') {
                pos++;
                branches.add(series());
            }
            char c = peek();
            if (c != ')') {
                throw error(c == 0 ? "missing ')' to close p( opened at position " + (start + 1)
                        : "expected ',' or ')' in p(...) opened at position " + (start + 1) + ", found '" + c + "'");
            }
            pos++;
            if (branches.size() < 2) {
                throw errorAt(start, "p(...) needs at least two branches separated by ','");
            }
            return new Node.Parallel(branches, from, nextParam);
        }
        return element();
    }

    private Node.Element element() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String symbol = text.substring(start, pos);
        if (symbol.isEmpty()) {
            throw errorAt(start, "expected an element (" + ElementType.allowedSymbols() + ") or p(...), found '" + text.charAt(start) + "'");
        }
        ElementType type = ElementType.bySymbol(symbol).orElseThrow(() -> errorAt(start,
                "unknown element '" + symbol + "'; allowed: " + ElementType.allowedSymbols() + " and p(...) for parallel"));
        int digits = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (digits == pos) {
            throw errorAt(start, "element '" + symbol + "' needs a number to name it, e.g. " + symbol + "1");
        }
        String name = text.substring(start, pos);
        Integer earlier = seen.putIfAbsent(name, start);
        if (earlier != null) {
            throw errorAt(start, "element name '" + name + "' is used twice (first at position " + (earlier + 1) + ")");
        }
        Node.Element e = new Node.Element(type, name, nextParam, start);
        nextParam += type.params().size();
        elements.add(e);
        return e;
    }

    private char peek() {
        skipSpaces();
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private char peekAfter(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private NernstException error(String what) {
        return errorAt(Math.min(pos, text.length()), what);
    }

    private NernstException errorAt(int at, String what) {
        return NernstException.usage("malformed circuit \"" + text + "\" at position " + (at + 1) + ": " + what
                + "\n  " + text + "\n  " + " ".repeat(at) + "^");
    }
}
