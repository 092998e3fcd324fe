package org.nernst.io.internal.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;
import org.nernst.io.api.text.Numbers;

/**
 * "key: value" (or "key = value", "key;value") lines above a generic table: kept as metadata,
 * and the usual ones (area, rpm, reference, scan rate, technique) understood.
 */
final class PreambleMetadata {
    private static final Pattern KV = Pattern.compile("^\\s*#?\\s*([^:=;\\t]{1,60}?)\\s*[:=;\\t]\\s*(.+?)\\s*;*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?");

    private PreambleMetadata() {
    }

    static void apply(List<String> preamble, Metadata.Builder md) {
        for (String line : preamble) {
            Matcher m = KV.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).strip();
            String value = m.group(2).strip();
            md.put(key, value);
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("area")) {
                number(value).ifPresent(v -> md.electrodeAreaCm2(value.contains("mm") ? v / 100 : v));
            } else if (k.contains("rpm") || k.contains("rotation")) {
                number(value).ifPresent(md::rotationRpm);
            } else if (k.contains("scan rate") || k.contains("sweep rate")) {
                number(value).ifPresent(v -> md.scanRateVPerS(value.toLowerCase(Locale.ROOT).contains("mv") ? v / 1000 : v));
            } else if (k.contains("reference")) {
                md.referenceElectrode(value);
            } else if (k.equals("technique") || k.equals("method")) {
                md.technique(Technique.fromVendorName(value)).vendorTechnique(value);
            }
        }
    }

    private static java.util.OptionalDouble number(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return java.util.OptionalDouble.empty();
        }
        String n = m.group();
        return java.util.OptionalDouble.of(Numbers.parse(n, n.indexOf(',') >= 0));
    }
}
