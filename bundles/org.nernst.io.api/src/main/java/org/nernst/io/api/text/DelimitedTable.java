package org.nernst.io.api.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;

/**
 * A parsed block of delimited numbers with its headers, as {@link DelimitedParser} found it.
 *
 * @param headers       one per column ("column 3" when the file has no header)
 * @param columns       column-major values as written (not yet converted), each at least {@code rows} long
 * @param rows          number of data rows
 * @param delimiter     the field separator found (' ' means runs of blanks)
 * @param decimalComma  whether numbers use a decimal comma
 * @param preamble      the lines before the header, for readers that parse metadata from them
 * @param firstDataLine 1-based line number of the first data row
 */
public record DelimitedTable(List<ColumnHeader> headers, double[][] columns, int rows, char delimiter,
        boolean decimalComma, List<String> preamble, int firstDataLine) {

    /**
     * Channels in canonical units with physical signs. Columns without a known unit keep their
     * numbers; when the name implies a quantity (a bare "Potential"), its canonical unit is
     * assumed and {@code warn} is told (message, 1-based column).
     */
    public List<Channel> toChannels(BiConsumer<String, Integer> warn) {
        return channels(warn, false);
    }

    /**
     * As {@link #toChannels}, but the columns are converted in place and handed over, not copied: for a
     * reader that drops the table right after (a large import then allocates its columns once).
     */
    public List<Channel> takeChannels(BiConsumer<String, Integer> warn) {
        return channels(warn, true);
    }

    private List<Channel> channels(BiConsumer<String, Integer> warn, boolean take) {
        List<Channel> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            ColumnHeader h = headers.get(c);
            String name = h.name().isEmpty() ? "column " + (c + 1) : h.name();
            if (h.negate() && name.startsWith("-")) {
                // the values are flipped to the physical sign below, so the name must not keep the minus
                name = name.substring(1).strip();
            }
            while (!names.add(name)) {
                name = name + "'";
            }
            double[] v = columns[c];
            if (!take || v.length != rows) {
                v = java.util.Arrays.copyOf(v, rows); // the channel owns an exact-length array
            }
            if (h.negate()) {
                for (int i = 0; i < rows; i++) {
                    v[i] = -v[i];
                }
            }
            if (h.unit().isEmpty() && h.role() != Role.OTHER && h.role().quantity() != Quantity.COUNT) {
                Unit assumed = h.unitOrAssumed().orElseThrow();
                warn.accept("column '" + h.raw().strip() + "' names no unit: assumed " + assumed.symbol(), c + 1);
            }
            Unit u = h.unitOrAssumed().orElse(null);
            if (u != null) {
                u.toCanonicalInPlace(v, rows);
            }
            Channel ch = u == null ? Channel.adopt(name, h.role(), Quantity.DIMENSIONLESS, Quantity.DIMENSIONLESS.canonicalSymbol(), v)
                    : Channel.adopt(name, h.role(), u.quantity(), u.symbol(), v);
            out.add(ch);
        }
        return out;
    }
}
