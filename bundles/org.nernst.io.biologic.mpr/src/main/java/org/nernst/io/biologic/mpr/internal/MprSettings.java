package org.nernst.io.biologic.mpr.internal;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;

/**
 * Metadata from the "VMP Set", "VMP LOG" and "VMP loop" modules. Offsets within the settings and log
 * payloads are the same in every EC-Lab version of the corpus (11.12 to 11.62), as learned from
 * yadg's module description and checked against yadg's decoded metadata of each corpus file. A value
 * that does not fit (outside the module, implausible) is left out rather than guessed.
 */
final class MprSettings {
    private MprSettings() {
    }

    /** EC-Lab technique byte (first byte of the settings) to the short name EC-Lab shows. */
    private static final Map<Integer, String> TECHNIQUES = Map.ofEntries(
            Map.entry(0x04, "GCPL"), Map.entry(0x06, "CV"), Map.entry(0x0B, "OCV"), Map.entry(0x16, "MP"),
            Map.entry(0x18, "CA"), Map.entry(0x19, "CP"), Map.entry(0x1C, "WAIT"), Map.entry(0x1D, "PEIS"),
            Map.entry(0x1E, "GEIS"), Map.entry(0x30, "CV"), Map.entry(0x32, "ZIR"), Map.entry(0x33, "CVA"),
            Map.entry(0x6C, "LSV"), Map.entry(0x75, "coV"), Map.entry(0x76, "coC"), Map.entry(0x77, "GCPL"),
            Map.entry(0x7F, "MB"), Map.entry(0x88, "BCD"));

    private static final int COMMENTS = 0x0007;
    private static final int ELECTRODE_AREA = 0x0211;
    private static final int REFERENCE = 0x0215;
    private static final int LOG_CHANNEL = 0x0009;
    private static final int LOG_OLE_TIME = 0x0249;
    private static final int LOG_ECLAB_VERSION = 0x03B7;
    private static final int LOG_DEVICE_SN = 0x03CF;
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+\\.\\d+.*");

    /** Fills technique, area, reference and comments; returns the technique short name ("" if unknown). */
    static String settings(ByteBuffer buf, MprFile.Module m, Metadata.Builder md, ReadContext ctx) {
        if (m.length() == 0) {
            return "";
        }
        int base = m.start();
        int end = base + m.length();
        int code = buf.get(base) & 0xFF;
        String name = TECHNIQUES.get(code);
        if (name == null) {
            ctx.warn("unknown EC-Lab technique code " + code + " in the settings module; the data are read all the same");
            md.put("EC-Lab technique code", Integer.toString(code));
            return "";
        }
        md.vendorTechnique(name).technique(technique(name));
        if (ELECTRODE_AREA + 4 <= m.length()) {
            double area = buf.getFloat(base + ELECTRODE_AREA);
            // EC-Lab stores the area in cm²; 0 means "not entered", and the default 0.001 cm² is kept as written
            if (Double.isFinite(area) && area > 0 && area < 1e6) {
                md.electrodeAreaCm2(area);
            }
        }
        String ref = MprFile.pascal(buf, base + REFERENCE, end);
        if (!ref.isEmpty() && !ref.equals("(unspecified)")) {
            md.referenceElectrode(ref);
        }
        String comments = MprFile.pascal(buf, base + COMMENTS, end);
        if (!comments.isEmpty()) {
            md.put("comments", comments);
        }
        return name;
    }

    static Technique technique(String ecLab) {
        return switch (ecLab) {
            case "GCPL", "MB", "BCD" -> Technique.GCPL;
            case "CV", "CVA" -> Technique.CV;
            case "CA", "coV" -> Technique.CA;
            case "CP", "coC" -> Technique.CP;
            case "PEIS", "GEIS", "ZIR" -> Technique.EIS;
            case "OCV", "WAIT" -> Technique.OCV;
            case "LSV" -> Technique.LSV;
            default -> Technique.UNKNOWN;
        };
    }

    static void log(ByteBuffer buf, MprFile.Module m, Metadata.Builder md) {
        int base = m.start();
        int end = base + m.length();
        String version = MprFile.pascal(buf, base + LOG_ECLAB_VERSION, end);
        boolean known = VERSION.matcher(version).matches();
        md.instrument(known ? "BioLogic EC-Lab " + version : "BioLogic EC-Lab");
        if (known) {
            md.put("EC-Lab version", version);
        }
        if (LOG_OLE_TIME + 8 <= m.length()) {
            double days = buf.getDouble(base + LOG_OLE_TIME);
            // OLE automation date: days since 1899-12-30 00:00 local time; accept 1990..2100 only
            if (Double.isFinite(days) && days > 32874 && days < 73051) {
                long micros = Math.round(days * 86_400_000_000.0);
                md.startTime(LocalDateTime.of(1899, 12, 30, 0, 0).plus(micros, ChronoUnit.MICROS));
            }
        }
        if (LOG_CHANNEL < m.length()) {
            md.put("channel", Integer.toString((buf.get(base + LOG_CHANNEL) & 0xFF) + 1));
        }
        String sn = MprFile.pascal(buf, base + LOG_DEVICE_SN, end);
        if (!sn.isEmpty() && sn.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            md.put("device serial number", sn);
        }
    }

    /** Row indexes where each loop of the technique sequence starts (empty when absent or inconsistent). */
    static int[] loops(ByteBuffer buf, MprFile.Module m) {
        if (m.length() < 4) {
            return new int[0];
        }
        long n = Integer.toUnsignedLong(buf.getInt(m.start()));
        if (n == 0 || 4 + 4 * n > m.length()) {
            return new int[0];
        }
        int[] out = new int[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = buf.getInt(m.start() + 4 + 4 * i);
        }
        return out;
    }
}
