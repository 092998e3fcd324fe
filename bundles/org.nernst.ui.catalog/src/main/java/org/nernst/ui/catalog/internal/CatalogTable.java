package org.nernst.ui.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.nernst.catalog.CatalogRow;
import org.nernst.catalog.MetricSummary;
import org.nernst.catalog.Origin;

/** The catalog listing as the panel shows it: flat rows, the text/reaction/metric filter and column sorting (no SWT). */
final class CatalogTable {
    /** Column titles, in table order. */
    static final List<String> COLUMNS = List.of("ID", "Kind", "Name", "Metals", "Reaction", "Metric", "Value", "± SD",
            "Unit", "Electrolyte", "Source");
    static final String ALL = "(all)";

    /** One table line: a material and one of its metrics (metric fields empty when it has none). */
    record Row(String id, Origin origin, String name, String metals, String reaction, String metric,
            OptionalDouble value, OptionalDouble sd, String unit, String electrolyte, String source) {

        static Row of(CatalogRow r) {
            var m = r.material();
            String reactions = String.join(", ", m.reactions());
            if (r.metric().isEmpty()) {
                return new Row(m.id(), m.origin(), m.name(), String.join(", ", m.metals()), reactions, "",
                        OptionalDouble.empty(), OptionalDouble.empty(), "", "", m.source());
            }
            MetricSummary s = r.metric().get();
            return new Row(m.id(), m.origin(), m.name(), String.join(", ", m.metals()), s.reaction(), s.metric(),
                    s.representative(), s.sd(), s.unit(), s.electrolyte(), s.source());
        }

        /** The cells in {@link #COLUMNS} order. */
        List<String> cells() {
            return List.of(id, origin.label(), name, metals, reaction, metric, fmt(value), fmt(sd), unit, electrolyte, source);
        }

        private static String fmt(OptionalDouble v) {
            return v.isPresent() ? String.format(Locale.ROOT, "%.4g", v.getAsDouble()) : "";
        }

        /** Whether any text field contains {@code needle} (lower case). */
        boolean contains(String needle) {
            return cells().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(needle));
        }
    }

    private CatalogTable() {
    }

    /**
     * Rows whose text contains {@code text} (case-insensitive, any column), for the reaction and metric
     * chosen ({@link #ALL} keeps every one). A material without metrics matches a reaction it lists.
     */
    static List<Row> filter(List<Row> rows, String text, String reaction, String metric) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> needle.isEmpty() || r.contains(needle))
                .filter(r -> ALL.equals(reaction) || r.reaction().toUpperCase(Locale.ROOT).contains(reaction.toUpperCase(Locale.ROOT)))
                .filter(r -> ALL.equals(metric) || r.metric().equals(metric))
                .toList();
    }

    /** Sort order of a column: numbers numerically (rows without a value last), text case-insensitively. */
    static Comparator<Row> comparator(int column, boolean ascending) {
        Comparator<Row> c;
        if (column == 6 || column == 7) {
            c = Comparator.comparingDouble(r -> number(column == 6 ? r.value() : r.sd(), ascending));
        } else {
            c = Comparator.comparing(r -> r.cells().get(column).toLowerCase(Locale.ROOT));
        }
        return ascending ? c : c.reversed();
    }

    private static double number(OptionalDouble v, boolean ascending) {
        // missing values sort last either way: +inf ascending, -inf before reversing for descending
        return v.isPresent() ? v.getAsDouble() : ascending ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Reactions for the filter combo: {@link #ALL} first, then those of the rows. */
    static List<String> reactions(List<Row> rows) {
        TreeSet<String> s = new TreeSet<>();
        for (Row r : rows) {
            for (String x : r.reaction().split(",\\s*")) {
                if (!x.isBlank()) {
                    s.add(x.strip());
                }
            }
        }
        return prepend(s);
    }

    /** Metrics with a number, for the filter combo. */
    static List<String> metrics(List<Row> rows, String reaction) {
        TreeSet<String> s = new TreeSet<>();
        for (Row r : filter(rows, "", reaction, ALL)) {
            if (r.value().isPresent()) {
                s.add(r.metric());
            }
        }
        return prepend(s);
    }

    private static List<String> prepend(TreeSet<String> s) {
        List<String> out = new java.util.ArrayList<>();
        out.add(ALL);
        out.addAll(s);
        return out;
    }

    /**
     * The (reaction, metric) the compare chart shows for a filter: the one chosen, else the
     * reaction's most frequent numeric metric (E1/2 for ORR in the seed), else the catalog's.
     */
    static java.util.Optional<String[]> chartMetric(List<Row> rows, String reaction, String metric) {
        List<Row> numeric = filter(rows, "", reaction, metric).stream().filter(r -> r.value().isPresent()).toList();
        return numeric.stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.reaction() + "\u0000" + r.metric(),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey().split("\u0000", 2));
    }
}
