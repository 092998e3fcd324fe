package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written date-time path against the java.time formatters it stands in front of. */
class CellsTest {

    private static String two(int v, boolean pad) {
        return pad && v < 10 ? "0" + v : Integer.toString(v);
    }

    @Test
    void theNumericLayoutsGiveWhatTheFormattersGiveOnRandomAndDamagedCells() {
        SplittableRandom rnd = new SplittableRandom(11);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            int y = rnd.nextInt(10) == 0 ? rnd.nextInt(10_000) : 1990 + rnd.nextInt(40);
            int mo = rnd.nextInt(14);
            int d = rnd.nextInt(33);
            int h = rnd.nextInt(26);
            int mi = rnd.nextInt(61);
            int s = rnd.nextInt(61);
            String frac = switch (rnd.nextInt(5)) {
                case 0 -> "." + rnd.nextInt(1000);
                case 1 -> "." + "1234567890".substring(0, 1 + rnd.nextInt(10));
                case 2 -> rnd.nextBoolean() ? "." : ".5x";
                default -> "";
            };
            String yyyy = String.format("%04d", y);
            String t = rnd.nextBoolean()
                    ? yyyy + "-" + two(mo, true) + "-" + two(d, true) + " " + two(h, true) + ":" + two(mi, true) + ":" + two(s, true) + frac
                    : two(mo, rnd.nextBoolean()) + "/" + two(d, rnd.nextBoolean()) + "/" + yyyy + " " + two(h, rnd.nextBoolean()) + ":"
                            + two(mi, true) + ":" + two(s, true) + frac;
            if (rnd.nextInt(20) == 0) {
                // damage: a character replaced
                int at = rnd.nextInt(t.length());
                t = t.substring(0, at) + "0-/: x".charAt(rnd.nextInt(6)) + t.substring(at + 1);
            }
            t = t.strip(); // as dateTime() gives them
            Optional<LocalDateTime> want = Cells.viaFormatters(t);
            LocalDateTime got = Cells.numeric(t);
            if (got != null) {
                fast++;
                assertEquals(want, Optional.of(got), t); // when the fast path answers, it answers as java.time does
            }
            assertEquals(want, Cells.dateTime(t), t);
        }
        org.junit.jupiter.api.Assertions.assertTrue(fast > 50_000, "the fast path served " + fast + " of 200,000");
    }

    @Test
    void leniencyIsLeftToJavaTime() {
        assertNull(Cells.numeric("2023-02-30 10:00:00"));
        assertNull(Cells.numeric("1/1/2023 24:00:00"));
        assertNotNull(Cells.numeric("1/1/2023 23:59:59.123456789"));
        assertEquals(LocalDateTime.of(2023, 11, 23, 15, 56, 11, 500_000_000), Cells.numeric("11/23/2023 15:56:11.5"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0, 1), Cells.numeric("2024-02-29 00:00:01"));
    }
}
