package org.nernst.analysis.cycling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Units;
import org.nernst.testing.Corpus;

/**
 * Tiny readers for the acceptance examples (the project's real CSV reader lives elsewhere): a header of
 * "name/unit" cells and comma-separated numbers; answers.json values picked by key.
 */
final class AcceptanceFiles {
    private AcceptanceFiles() {
    }

    /** Reads a case file; each column gets the role given in {@code roles} (same order as the header). */
    static Measurement csv(String name, Role... roles) throws IOException {
        List<String> lines = Files.readAllLines(Corpus.acceptanceCase(name), StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",");
        double[][] cols = new double[head.length][lines.size() - 1];
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            for (int c = 0; c < head.length; c++) {
                cols[c][n] = Double.parseDouble(cells[c].strip());
            }
            n++;
        }
        List<Channel> ch = new ArrayList<>();
        for (int c = 0; c < head.length; c++) {
            String unit = head[c].substring(head[c].lastIndexOf('/') + 1);
            ch.add(Channel.convert(head[c], roles[c], Units.parse(unit).orElseThrow(), cols[c], n));
        }
        return new Measurement(Metadata.builder().sourceFile(name).build(), ch);
    }

    /** The text of the object {@code "key": {...}} of answers.json (flat objects with arrays only). */
    static String answers(String key) throws IOException {
        String all = Files.readString(Corpus.acceptanceCase("answers.json"), StandardCharsets.UTF_8);
        int at = all.indexOf("\"" + key + "\"");
        return all.substring(at, all.indexOf('}', at));
    }

    static double number(String object, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*([-+0-9.eE]+)").matcher(object);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key + " in " + object);
        }
        return Double.parseDouble(m.group(1));
    }

    static double[] array(String object, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(object);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key + " in " + object);
        }
        return Arrays.stream(m.group(1).split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }
}
