package org.nernst.io.api;

import java.util.List;

/**
 * Describes a reader to users ({@code nernst formats}).
 *
 * @param id          stable identifier used by {@code --format} (e.g. "biologic-mpt")
 * @param name        human name ("BioLogic EC-Lab text export")
 * @param extensions  usual file extensions without dot, lower case
 * @param description one line on what it reads
 */
public record ReaderInfo(String id, String name, List<String> extensions, String description) {
    public ReaderInfo {
        if (id == null || !id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("reader id must be lower-case letters, digits, '.' or '-': " + id);
        }
        extensions = List.copyOf(extensions);
    }
}
