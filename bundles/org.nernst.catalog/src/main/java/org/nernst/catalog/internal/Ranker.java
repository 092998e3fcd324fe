package org.nernst.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.nernst.catalog.Direction;
import org.nernst.catalog.Material;
import org.nernst.catalog.MetricSummary;
import org.nernst.catalog.Origin;
import org.nernst.catalog.RankedEntry;
import org.nernst.catalog.Ranking;

/**
 * Ranks one metric across literature and own samples. Electrochemical metrics are comparable only
 * under like conditions (E1/2 in 0.1 M KOH and in 0.1 M HClO4 differ by tens of mV), so ranks are
 * counted within one electrolyte; entries whose electrolyte is unknown are listed, flagged and not
 * ranked.
 */
public final class Ranker {
    private Ranker() {
    }

    private record Item(Material material, MetricSummary summary, double value) {
    }

    public static Ranking rank(String reaction, String metric, Map<String, Material> materials,
            Map<String, List<MetricSummary>> byOwner) {
        Direction dir = Direction.of(reaction, metric);
        List<String> warnings = new ArrayList<>();
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        byOwner.forEach((id, summaries) -> {
            for (MetricSummary s : summaries) {
                OptionalDouble v = s.representative();
                if (v.isPresent()) {
                    units.add(s.unit());
                    groups.computeIfAbsent(Electrolytes.key(s.electrolyte()), k -> new ArrayList<>())
                            .add(new Item(materials.get(id), s, v.getAsDouble()));
                }
            }
        });
        if (units.size() > 1) {
            // cannot happen through the normalizer; a hand-edited database could still hold it
            warnings.add("values on different units " + units + ": compare those of one unit only");
        }
        if (dir == Direction.UNKNOWN) {
            warnings.add("which way is better for '" + metric + "' is not known: sorted high to low");
        }
        Comparator<Item> best = Comparator.comparingDouble(i -> dir.key(i.value()));
        List<RankedEntry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing((String k) -> k.isEmpty()).thenComparing(k -> k));
        for (String key : keys) {
            List<Item> items = groups.get(key);
            items.sort(best);
            boolean known = !key.isEmpty();
            boolean hasOwn = items.stream().anyMatch(i -> i.material().origin() == Origin.OWN);
            boolean hasLiterature = items.stream().anyMatch(i -> i.material().origin() == Origin.LITERATURE);
            int rank = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                // competition ranking: equal values share a rank ("1224")
                if (i == 0 || dir.key(it.value()) != dir.key(items.get(i - 1).value())) {
                    rank = i + 1;
                }
                List<String> flags = new ArrayList<>();
                if (!known) {
                    flags.add("electrolyte unknown: not ranked");
                } else if (hasOwn && !hasLiterature) {
                    flags.add("no literature value in this electrolyte");
                }
                if (it.summary().mean().isEmpty()) {
                    flags.add("range " + it.summary().min().getAsDouble() + "-" + it.summary().max().getAsDouble()
                            + ": placed at its middle");
                }
                if (it.summary().loadingMgCm2().isEmpty() && it.material().origin() == Origin.OWN) {
                    flags.add("loading unknown");
                }
                MetricSummary s = it.summary();
                entries.add(new RankedEntry(known ? OptionalInt.of(rank) : OptionalInt.empty(), known ? items.size() : 0,
                        it.material().id(), it.material().origin(), it.material().name(), it.value(), s.sd(), s.n(),
                        s.unit(), s.electrolyte(), s.source(), flags));
            }
            if (!known) {
                warnings.add(items.size() + " value(s) without a known electrolyte are listed but not ranked");
            }
        }
        if (entries.stream().noneMatch(e -> e.origin() == Origin.OWN)) {
            warnings.add("no own sample has " + metric + (reaction.isEmpty() ? "" : " for " + reaction)
                    + ": import one with 'catalog import RESULT.json --sample NAME'");
        }
        if (entries.isEmpty()) {
            warnings.add("no value of " + metric + (reaction.isEmpty() ? "" : " for " + reaction) + " in the catalog");
        }
        String unit = units.isEmpty() ? "" : units.iterator().next();
        return new Ranking(reaction, metric, unit, dir, entries, warnings);
    }
}
