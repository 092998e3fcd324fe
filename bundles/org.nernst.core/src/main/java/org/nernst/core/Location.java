package org.nernst.core;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where in an input something happened: file, 1-based line and column, 0-based byte offset.
 * Any part may be unknown; users get every part that is known.
 */
public record Location(Optional<String> file, OptionalInt line, OptionalInt column, OptionalLong offset) {

    public static final Location NONE = new Location(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty());

    public static Location file(String file) {
        return new Location(Optional.ofNullable(file), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty());
    }

    public static Location line(String file, int line) {
        return new Location(Optional.ofNullable(file), OptionalInt.of(line), OptionalInt.empty(), OptionalLong.empty());
    }

    public static Location cell(String file, int line, int column) {
        return new Location(Optional.ofNullable(file), OptionalInt.of(line), OptionalInt.of(column), OptionalLong.empty());
    }

    public static Location offset(String file, long offset) {
        return new Location(Optional.ofNullable(file), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.of(offset));
    }

    public Location withFile(String f) {
        return new Location(Optional.ofNullable(f), line, column, offset);
    }

    /** "file:12:3" style prefix for human messages; empty when nothing is known. */
    public String describe() {
        StringBuilder b = new StringBuilder(file.orElse(""));
        line.ifPresent(l -> b.append(b.isEmpty() ? "line " : ", line ").append(l));
        column.ifPresent(c -> b.append(", column ").append(c));
        offset.ifPresent(o -> b.append(b.isEmpty() ? "byte " : ", byte ").append(o));
        return b.toString();
    }
}
