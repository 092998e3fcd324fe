package org.nernst.io.zahner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;

/**
 * Seeded binary mutations of real files, decoded in memory: every run gives a model or a located
 * input error, never another exception. Bounded here (CI); {@code -Dnernst.fuzz.iterations=1000000}
 * runs the long campaign.
 */
class ZahnerFuzzTest {
    private static final String[] SEEDS = {
        "zahner-ism/Zahner-Analysis-Python/rc-data.ism", "zahner-ism/Zahner-Analysis-Python/li-ion-battery.ism",
        "zahner-isw/nomad-chemical-energy/22-cp-1700mv-10min.isw", "zahner-isc/nomad-chemical-energy/pt-wire-cv-.isc",
    };

    /** Flips, big-endian count/length corruption, deletions, duplications and cuts. */
    static byte[] mutate(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        int kind = rnd.nextInt(6);
        switch (kind) {
            case 0 -> {
                for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                    // half the flips in the first 200 bytes, where the counts and settings are
                    int at = rnd.nextBoolean() ? rnd.nextInt(Math.min(b.length, 200)) : rnd.nextInt(b.length);
                    b[at] = (byte) rnd.nextInt(256);
                }
            }
            case 1 -> {
                int at = rnd.nextInt(b.length);
                b[at] = rnd.nextBoolean() ? (byte) 0x7F : (byte) 0xFF; // huge or negative counts and lengths
            }
            case 2 -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(64));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + len, out, from, b.length - from - len);
                b = out;
            }
            case 3 -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(64));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                b = out;
            }
            case 4 -> b = Arrays.copyOf(b, rnd.nextInt(b.length));
            default -> {
                int at = rnd.nextInt(Math.max(1, b.length - 8));
                long bits = Double.doubleToRawLongBits(rnd.nextBoolean() ? Double.NaN : -1e300);
                for (int i = 0; i < 8 && at + i < b.length; i++) {
                    b[at + i] = (byte) (bits >>> (56 - 8 * i));
                }
            }
        }
        return b;
    }

    static long campaign(int iterations, long seed) throws IOException {
        List<byte[]> seeds = Arrays.stream(SEEDS).map(s -> {
            try {
                return Files.readAllBytes(Corpus.file(s));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        SplittableRandom rnd = new SplittableRandom(seed);
        ZahnerReader reader = new ZahnerReader();
        long refused = 0;
        for (int i = 0; i < iterations; i++) {
            int s = i % SEEDS.length;
            byte[] b = mutate(seeds.get(s), rnd);
            String name = "fuzz" + SEEDS[s].substring(SEEDS[s].lastIndexOf('.'));
            ReadContext ctx = new ReadContext(Path.of(name), Monitor.none());
            try {
                int p = reader.probe(new ProbeInput(name, b.length, Arrays.copyOf(b, Math.min(b.length, ProbeInput.HEAD_BYTES))));
                assertTrue(p >= 0 && p <= 100);
                Measurement m = switch (s) {
                    case 0, 1 -> IsmDecoder.decode(b, ctx);
                    case 2 -> IswDecoder.decode(b, ctx);
                    default -> IscDecoder.decode(b, ctx);
                };
                assertTrue(m.rows() >= 1);
            } catch (NernstException e) {
                assertEquals(NernstException.Kind.INPUT, e.kind());
                assertTrue(e.location().offset().isPresent(), "unlocated: " + e.getMessage());
                refused++;
            } catch (RuntimeException | OutOfMemoryError e) {
                fail("iteration " + i + " (seed " + seed + ", " + SEEDS[s] + ") crashed the reader: " + e, e);
            }
        }
        return refused;
    }

    @Test
    void mutatedFilesGiveModelsOrLocatedErrors() throws IOException {
        int iterations = Integer.getInteger("nernst.fuzz.iterations", 2000);
        long refused = campaign(iterations, 20261125L);
        assertTrue(refused > 0 && refused < iterations, refused + " of " + iterations + " refused");
    }
}
