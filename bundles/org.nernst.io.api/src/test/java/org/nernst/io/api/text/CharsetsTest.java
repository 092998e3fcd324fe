package org.nernst.io.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static boolean jdkAccepts(byte[] b, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void wellFormedUtf8IsJudgedExactlyAsTheJdkDecoderJudgesIt() {
        SplittableRandom rnd = new SplittableRandom(5);
        int rejected = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int parts = rnd.nextInt(12);
            for (int p = 0; p < parts; p++) {
                switch (rnd.nextInt(6)) {
                    case 0 -> out.writeBytes("E/V,I/mA 12.5\n".substring(0, rnd.nextInt(15)).getBytes(StandardCharsets.US_ASCII));
                    case 1 -> { // a valid character anywhere in the code space, surrogates excepted
                        int cp = rnd.nextInt(0x110000);
                        if (cp < 0xD800 || cp > 0xDFFF) {
                            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    case 2 -> out.write(0x80 + rnd.nextInt(0x80)); // any high byte
                    case 3 -> out.writeBytes(new byte[] {(byte) (0xE0 + rnd.nextInt(0x20)), (byte) (0x80 + rnd.nextInt(0x40))});
                    case 4 -> out.writeBytes(new byte[] {(byte) (0xC0 + rnd.nextInt(0x40)), (byte) rnd.nextInt(256),
                        (byte) rnd.nextInt(256), (byte) rnd.nextInt(256)});
                    default -> out.writeBytes("Ω µA °C".getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] b = out.toByteArray();
            int from = b.length == 0 ? 0 : rnd.nextInt(Math.min(3, b.length + 1));
            boolean want = jdkAccepts(b, from, b.length);
            rejected += want ? 0 : 1;
            assertEquals(want, Charsets.isWellFormedUtf8(b, from, b.length), java.util.HexFormat.ofDelimiter(" ").formatHex(b, from, b.length));
        }
        assertTrue(rejected > 10_000 && rejected < 90_000, "both answers were tried: " + rejected + " rejected");
    }
}
