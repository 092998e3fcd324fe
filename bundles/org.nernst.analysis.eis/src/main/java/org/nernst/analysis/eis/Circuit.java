package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nernst.analysis.eis.internal.CircuitParser;
import org.nernst.analysis.eis.internal.Cx;
import org.nernst.analysis.eis.internal.Impedance;
import org.nernst.analysis.eis.internal.Node;

/**
 * An equivalent circuit in the impedance.py notation ({@code R0-p(R1,CPE1)-Wo1}): '-' joins in
 * series, {@code p(a,b,...)} in parallel, elements are {@link ElementType} symbols followed by a
 * number. Parameters are named as impedance.py names them: the element name for one-parameter
 * elements (R0, C1), {@code NAME_i} otherwise (CPE1_0 = Q, CPE1_1 = alpha, Wo1_0 = Z0, Wo1_1 = tau),
 * in the order the elements appear.
 */
public final class Circuit {
    private final String text;
    private final Node root;
    private final List<Parameter> parameters;

    /** One fit parameter: its name, element, unit and valid range. */
    public record Parameter(String name, String element, ElementType type, int index, String unit, ElementType.Param range) {
    }

    private Circuit(String text, CircuitParser.Parsed parsed) {
        this.text = text.replace(" ", "");
        this.root = parsed.root();
        List<Parameter> list = new ArrayList<>();
        for (Node.Element e : parsed.elements()) {
            List<ElementType.Param> ps = e.type().params();
            for (int i = 0; i < ps.size(); i++) {
                String name = ps.size() == 1 ? e.name() : e.name() + "_" + i;
                list.add(new Parameter(name, e.name(), e.type(), e.offset() + i, ps.get(i).unit(), ps.get(i)));
            }
        }
        this.parameters = List.copyOf(list);
    }

    /** Parses a circuit string; a malformed one throws a usage error naming the character position. */
    public static Circuit parse(String text) {
        return new Circuit(text, CircuitParser.parse(text));
    }

    public String text() {
        return text;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return parameters.size();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    public OptionalInt indexOf(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return OptionalInt.of(p.index());
            }
        }
        return OptionalInt.empty();
    }

    Node root() {
        return root;
    }

    /** Impedance at each frequency (Hz) for parameter vector p: {re[], im[]}, physical sign. */
    public double[][] impedance(double[] p, double[] freq) {
        double[][] z = new double[2][freq.length];
        for (int i = 0; i < freq.length; i++) {
            Cx c = Impedance.of(root, 2 * Math.PI * freq[i], p);
            z[0][i] = c.re();
            z[1][i] = c.im();
        }
        return z;
    }

    /**
     * cli.md's rule for rct_ohm: the resistance in parallel with the first capacitive element (C or
     * CPE) after the series resistance, i.e. in the first p(...) having a bare C/CPE branch, the first
     * R of another branch. Also names that capacitive element (for the effective capacitance).
     */
    public Optional<ChargeTransfer> chargeTransfer() {
        return findRct(root);
    }

    /** The Rct resistor and the double-layer element it is in parallel with. */
    public record ChargeTransfer(String resistor, String capacitor) {
    }

    private static Optional<ChargeTransfer> findRct(Node n) {
        switch (n) {
            case Node.Element e -> {
                return Optional.empty();
            }
            case Node.Series s -> {
                for (Node c : s.items()) {
                    Optional<ChargeTransfer> r = findRct(c);
                    if (r.isPresent()) {
                        return r;
                    }
                }
                return Optional.empty();
            }
            case Node.Parallel par -> {
                Optional<Node.Element> cap = par.branches().stream().filter(b -> b instanceof Node.Element e && e.type().capacitive())
                        .map(b -> (Node.Element) b).findFirst();
                if (cap.isPresent()) {
                    for (Node b : par.branches()) {
                        if (b != cap.get()) {
                            Optional<String> r = firstResistor(b);
                            if (r.isPresent()) {
                                return Optional.of(new ChargeTransfer(r.get(), cap.get().name()));
                            }
                        }
                    }
                }
                for (Node b : par.branches()) {
                    Optional<ChargeTransfer> r = findRct(b);
                    if (r.isPresent()) {
                        return r;
                    }
                }
                return Optional.empty();
            }
        }
    }

    private static Optional<String> firstResistor(Node n) {
        return switch (n) {
            case Node.Element e -> e.type() == ElementType.R ? Optional.of(e.name()) : Optional.empty();
            case Node.Series s -> s.items().stream().map(Circuit::firstResistor).flatMap(Optional::stream).findFirst();
            case Node.Parallel p -> Optional.empty();
        };
    }

    /** Names of the resistors in series with everything else (top level): the ohmic resistance. */
    public List<String> seriesResistors() {
        List<Node> top = root instanceof Node.Series s ? s.items() : List.of(root);
        return top.stream().filter(x -> x instanceof Node.Element e && e.type() == ElementType.R)
                .map(x -> ((Node.Element) x).name()).toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
