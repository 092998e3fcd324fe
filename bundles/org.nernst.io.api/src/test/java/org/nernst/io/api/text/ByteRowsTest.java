package org.nernst.io.api.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.ReadContext;

/** The windowed, parallel byte parser against values written by a model, at part and window boundaries. */
class ByteRowsTest {
    @TempDir
    Path dir;

    /** A file of model rows; blank and blank-looking lines scattered; the expected values as written. */
    private record Made(Path file, List<double[]> rows) {
    }

    private Made make(String name, int n, String delim, boolean decimalComma, String eol, boolean finalEol) throws Exception {
        StringBuilder sb = new StringBuilder("# model run\r\n".replace("\r\n", eol));
        sb.append(String.join(delim, "time/s", "Ewe/V", "<I>/mA")).append(eol);
        List<double[]> rows = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            String t = String.format(Locale.ROOT, "%.4f", i * 0.01);
            String e = String.format(Locale.ROOT, "%.9f", 0.5 + 0.4 * Math.sin(i * 1e-3));
            String c = String.format(Locale.ROOT, "%.6e", Math.cos(i * 1e-3) + rnd.nextGaussian() * 1e-4);
            rows.add(new double[] {Double.parseDouble(t), Double.parseDouble(e), Double.parseDouble(c) * 1e-3});
            String line = String.join(delim, t, e, c);
            sb.append(decimalComma ? line.replace('.', ',') : line);
            if (i + 1 < n || finalEol) {
                sb.append(eol);
            }
            if (i % 977 == 500) {
                sb.append(i % 2 == 0 ? "" : "  \t").append(eol); // blank lines are skipped, not rows
            }
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb, StandardCharsets.US_ASCII);
        return new Made(f, rows);
    }

    private static DelimitedTable read(Path f) throws Exception {
        return new DelimitedParser(f.getFileName().toString()).parse(new ReadContext(f, Monitor.none()));
    }

    private static void assertRows(List<double[]> want, DelimitedTable t) {
        assertEquals(want.size(), t.rows());
        var ch = t.takeChannels((m, c) -> { });
        for (int k = 0; k < 3; k++) {
            double[] expected = new double[want.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = want.get(i)[k];
            }
            assertArrayEquals(expected, ch.get(k).toArray(), 0, "column " + k); // correctly rounded: exact
        }
    }

    @Test
    void aLargeFileInPartsGivesTheModelValuesExactly() throws Exception {
        // ~12 MB: parsed in parts (one per core) and windows of 1 MB, with blank lines left out
        Made m = make("big.csv", 200_000, ",", false, "\n", true);
        assertRows(m.rows(), read(m.file()));
    }

    @Test
    void decimalCommaCrlfAndNoFinalLineEnd() throws Exception {
        Made m = make("big-de.csv", 150_000, ";", true, "\r\n", false);
        assertRows(m.rows(), read(m.file()));
    }

    @Test
    void tinyWindowsGiveTheSameTableAsOneWindow() throws Exception {
        Made m = make("small.csv", 300, "\t", false, "\n", false);
        byte[] b = Files.readAllBytes(m.file());
        DelimitedParser p = new DelimitedParser("small.csv");
        DelimitedTable whole = p.parse(b, StandardCharsets.UTF_8, Monitor.none(), false);
        // windows shorter than a line make the window grow; every boundary falls somewhere inside a line
        for (int w : new int[] {1, 7, 64, 1000}) {
            DelimitedTable t = ByteRows.parse(ByteRows.Source.of(b), dataByte(b), p.layout(new String(b, StandardCharsets.US_ASCII), 0, 1),
                    "small.csv", Monitor.none(), false, w);
            assertEquals(m.rows().size(), t.rows(), "window " + w);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(java.util.Arrays.copyOf(whole.columns()[c], whole.rows()), java.util.Arrays.copyOf(t.columns()[c], t.rows()),
                        "window " + w + " column " + c);
            }
        }
    }

    private static int dataByte(byte[] b) {
        int lines = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++lines == 2) {
                return i + 1;
            }
        }
        throw new AssertionError();
    }

    @Test
    void anErrorDeepInALaterPartNamesItsLineAndColumn() throws Exception {
        Made m = make("bad.csv", 200_000, ",", false, "\n", true);
        List<String> lines = new ArrayList<>(Files.readAllLines(m.file()));
        int at = lines.size() - 1000; // 0-based index: line at + 1, in the last part
        String[] cells = lines.get(at).split(",");
        lines.set(at, cells[0] + "," + cells[1] + ",1.2.3");
        Files.write(m.file(), lines);
        NernstException e = assertThrows(NernstException.class, () -> read(m.file()));
        assertEquals(at + 1, e.location().line().orElseThrow(), e.getMessage());
        assertEquals(3, e.location().column().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().startsWith("'1.2.3' is not a number: expected a number in column '<I>/mA'"), e.getMessage());
    }

    @Test
    void aFileRewrittenBetweenCountingAndParsingIsAnErrorNotAnOverflow() {
        String header = "x,y\n";
        byte[] before = (header + "11111,22222\n".repeat(100)).getBytes(StandardCharsets.US_ASCII);
        byte[] after = (header + "1,2\n3,4\n5,6\n".repeat(100)).getBytes(StandardCharsets.US_ASCII); // same size, 3x the lines
        int[] passes = {0};
        ByteRows.Source changing = new ByteRows.Source() {
            @Override
            public long size() {
                return before.length;
            }

            @Override
            public int read(byte[] dst, int off, int len, long position) {
                byte[] b = passes[0] == 0 ? before : after;
                int n = (int) Math.min(len, b.length - position);
                System.arraycopy(b, (int) position, dst, off, n);
                if (position + n >= b.length) {
                    passes[0]++; // the counting pass has seen the end
                }
                return n <= 0 ? -1 : n;
            }
        };
        DelimitedParser p = new DelimitedParser("live.csv");
        NernstException e = assertThrows(NernstException.class, () -> ByteRows.parse(changing, header.length(),
                p.layout(new String(before, StandardCharsets.US_ASCII), 0, 1), "live.csv", Monitor.none(), false, ByteRows.WINDOW));
        assertTrue(e.getMessage().contains("changed while it was being read"), e.getMessage());
    }

    @Test
    void lineFeedsAreCountedExactlyEightAtATime() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            byte[] b = new byte[rnd.nextInt(200)];
            for (int i = 0; i < b.length; i++) {
                int k = rnd.nextInt(6);
                b[i] = (byte) (k == 0 ? '\n' : k == 1 ? 0x0B : k == 2 ? 0x8A : k == 3 ? 0x09 : rnd.nextInt(256));
            }
            int n = rnd.nextInt(b.length + 1);
            int naive = 0;
            for (int i = 0; i < n; i++) {
                naive += b[i] == '\n' ? 1 : 0;
            }
            assertEquals(naive, ByteRows.lineFeeds(b, n));
        }
    }
}
