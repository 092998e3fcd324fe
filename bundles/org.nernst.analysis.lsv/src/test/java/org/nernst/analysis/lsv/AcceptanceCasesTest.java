package org.nernst.analysis.lsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.testing.Corpus;

/**
 * The LSV examples of ../shared/acceptance (answers.json) with the tolerances of check.py: E1/2 ±5 mV, |jL| ±2 %,
 * onset ±10 mV, Tafel ±3 mV/dec, eta10 ±5 mV. The files are read by a tiny two-column parser here (the real
 * readers live in org.nernst.io), so this tests the analysis, not the import.
 */
class AcceptanceCasesTest {

    /** Two numeric columns, header "name (unit)" or "name/unit", separator , ; or tab, decimal comma with ;. */
    static Measurement read(String name) throws IOException {
        Path f = Corpus.acceptanceCase(name);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String header = lines.get(0);
        String sep = header.contains(";") ? ";" : header.contains("\t") ? "\t" : ",";
        String[] h = header.split(sep);
        double[] e = new double[lines.size() - 1];
        double[] i = new double[lines.size() - 1];
        for (int k = 1; k < lines.size(); k++) {
            String[] c = lines.get(k).split(sep);
            e[k - 1] = Double.parseDouble(c[0].strip().replace(',', '.'));
            i[k - 1] = Double.parseDouble(c[1].strip().replace(',', '.'));
        }
        double scale = unit(h[1]).equals("mA") ? 1e-3 : unit(h[1]).equals("A") ? 1 : Double.NaN;
        assertTrue(unit(h[0]).equals("V") && !Double.isNaN(scale), "unexpected header " + header);
        for (int k = 0; k < i.length; k++) {
            i[k] *= scale;
        }
        return new Measurement(Metadata.builder().technique(Technique.LSV).sourceFile(name).build(),
                List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    private static String unit(String col) {
        Matcher m = Pattern.compile("\\(([^)]*)\\)|/(\\S+)$").matcher(col.strip());
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).strip() : "";
    }

    /** A number of answers.json: {@code "section": { ... "key": value ...}}. */
    static double answer(String section, String key) throws IOException {
        String json = Files.readString(Corpus.acceptanceCase("answers.json"));
        int at = json.indexOf("\"" + section + "\"");
        String block = json.substring(at, json.indexOf('}', at));
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(block);
        assertTrue(m.find(), section + "." + key + " missing in answers.json");
        return Double.parseDouble(m.group(1));
    }

    static String text(String section, String key) throws IOException {
        String json = Files.readString(Corpus.acceptanceCase("answers.json"));
        int at = json.indexOf("\"" + section + "\"");
        String block = json.substring(at, json.indexOf('}', at));
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(block);
        assertTrue(m.find(), section + "." + key + " missing in answers.json");
        return m.group(1);
    }

    private static CorrectionOptions.Builder corrections(String section) throws IOException {
        CorrectionOptions.Builder b = CorrectionOptions.builder().reference(text(section, "ref")).ph(answer(section, "ph"))
                .areaCm2(answer(section, "area"));
        if (!section.equals("orr") && answer(section, "ru") != 0) {
            b.ruOhm(answer(section, "ru"));
        }
        return b;
    }

    @Test
    void orr1600rpm() throws IOException {
        LsvResult r = LsvAnalyzer.analyze(read(text("orr", "file")), LsvOptions.of(Reaction.ORR, corrections("orr").build()));
        Map<String, Object> j = r.toJson();
        assertEquals(answer("orr", "e_half_V_RHE"), (Double) j.get("e_half_V_RHE"), 0.005);
        double jl = answer("orr", "j_limit_mA_cm2");
        assertEquals(jl, (Double) j.get("j_limit_mA_cm2"), 0.02 * Math.abs(jl));
        assertEquals(answer("orr", "e_onset_V_RHE"), (Double) j.get("e_onset_V_RHE"), 0.010);
        assertEquals(answer("orr", "tafel_slope_mV_dec"), (Double) j.get("tafel_slope_mV_dec"), 3.0);
    }

    @Test
    void oer() throws IOException {
        LsvResult r = LsvAnalyzer.analyze(read(text("oer", "file")), LsvOptions.of(Reaction.OER, corrections("oer").build()));
        Map<String, Object> j = r.toJson();
        assertEquals(answer("oer", "eta10_V"), (Double) j.get("eta10_V"), 0.005);
        assertEquals(answer("oer", "e_at_10_V_RHE"), (Double) j.get("e_at_10_V_RHE"), 0.005);
        assertEquals(answer("oer", "tafel_slope_mV_dec"), (Double) j.get("tafel_slope_mV_dec"), 3.0);
    }

    @Test
    void her() throws IOException {
        LsvResult r = LsvAnalyzer.analyze(read(text("her", "file")), LsvOptions.of(Reaction.HER, corrections("her").build()));
        Map<String, Object> j = r.toJson();
        assertEquals(answer("her", "eta10_V"), (Double) j.get("eta10_V"), 0.005);
        assertEquals(answer("her", "e_at_10_V_RHE"), (Double) j.get("e_at_10_V_RHE"), 0.005);
        assertEquals(answer("her", "tafel_slope_mV_dec"), (Double) j.get("tafel_slope_mV_dec"), 3.0);
    }
}
