package org.nernst.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nernst.core.units.Quantity;

/**
 * One recorded experiment: equally long channels, metadata and segment markers. Immutable; the
 * "with" methods return new instances sharing the (immutable) channels.
 */
public record Measurement(Metadata metadata, List<Channel> channels, List<Segment> segments) {

    public Measurement {
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
        if (!channels.isEmpty()) {
            int n = channels.get(0).size();
            for (Channel c : channels) {
                if (c.size() != n) {
                    throw new IllegalArgumentException("channel " + c.name() + " has " + c.size() + " rows, expected " + n);
                }
            }
        }
        for (Segment s : segments) {
            if (s.end() > rowsOf(channels)) {
                throw new IllegalArgumentException("segment " + s + " beyond the last row");
            }
        }
    }

    public Measurement(Metadata metadata, List<Channel> channels) {
        this(metadata, channels, List.of());
    }

    private static int rowsOf(List<Channel> channels) {
        return channels.isEmpty() ? 0 : channels.get(0).size();
    }

    public int rows() {
        return rowsOf(channels);
    }

    /** The first channel with this role. */
    public Optional<Channel> channel(Role role) {
        return channels.stream().filter(c -> c.role() == role).findFirst();
    }

    public Optional<Channel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The channel with this role, or an exception naming what the analysis needs and what the file has. */
    public Channel require(Role role) {
        return channel(role).orElseThrow(() -> org.nernst.core.NernstException.input(
                "no " + role.name().toLowerCase().replace('_', ' ') + " column; the file has: " + describeChannels(),
                org.nernst.core.Location.file(metadata.sourceFile().orElse(null))));
    }

    public List<Channel> channels(Quantity q) {
        return channels.stream().filter(c -> c.quantity() == q).toList();
    }

    public List<Segment> segments(Segment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).toList();
    }

    public String describeChannels() {
        return channels.stream().map(c -> c.name() + (c.unit().isEmpty() ? "" : " [" + c.unit() + "]"))
                .collect(Collectors.joining(", "));
    }

    public Measurement withMetadata(Metadata m) {
        return new Measurement(m, channels, segments);
    }

    /** Replaces the channel with the same name, or appends it. */
    public Measurement withChannel(Channel c) {
        List<Channel> list = new ArrayList<>(channels);
        int i = indexOf(c.name());
        if (i >= 0) {
            list.set(i, c);
        } else {
            list.add(c);
        }
        return new Measurement(metadata, list, segments);
    }

    public Measurement withSegments(List<Segment> s) {
        return new Measurement(metadata, channels, s);
    }

    /** Rows [from, to) of every channel; segments inside the range are kept and shifted. */
    public Measurement slice(int from, int to) {
        List<Channel> list = channels.stream().map(c -> c.slice(from, to)).toList();
        List<Segment> segs = segments.stream().filter(s -> s.start() >= from && s.end() <= to)
                .map(s -> new Segment(s.kind(), s.index(), s.start() - from, s.end() - from, s.label())).toList();
        return new Measurement(metadata, list, segs);
    }

    private int indexOf(String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
