package org.nernst.io.cyclers.internal;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes {@code samples/arbin-sample.res}: the Arbin tables of a corpus .res (cellpy's
 * 20160805_test001_45_cc_01.res, MIT) with their first {@link #ROWS} records, in a fresh Access
 * database. A whole .res is 1.6 MB and a cut one is refused at its first page, so the fuzzer
 * (releng/bench/fuzz.sh) needs a small complete database as its seed; users get a sample too.
 * {@code ArbinResSampleTest} checks the committed file against its source; to remake it, run
 * {@code main(SOURCE.res, TARGET.res)} on the test class path.
 */
public final class ArbinResSample {
    static final int ROWS = 120;

    private ArbinResSample() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), ROWS);
    }

    /** The tables Nernst reads and two more Arbin writes in every file; an Access table costs pages even when empty. */
    private static final List<String> TABLES = List.of("Global_Table", "Channel_Normal_Table", "Auxiliary_Table",
            "Channel_Statistic_Table", "Version_Table");

    /** Copies {@link #TABLES} of {@code source}, up to {@code rows} rows each, into a new {@code target}. */
    static void write(Path source, Path target, int rows) throws IOException {
        Files.deleteIfExists(target);
        try (Database in = new DatabaseBuilder(source.toFile()).setReadOnly(true).open();
                Database out = DatabaseBuilder.create(Database.FileFormat.V2000, target.toFile())) {
            for (String name : in.getTableNames()) {
                if (!TABLES.contains(name)) {
                    continue;
                }
                Table t = in.getTable(name);
                TableBuilder b = new TableBuilder(name);
                List<String> cols = new ArrayList<>();
                for (Column c : t.getColumns()) {
                    b.addColumn(new ColumnBuilder(c.getName()).setFromColumn(c));
                    cols.add(c.getName());
                }
                Table copy = b.toTable(out);
                int n = 0;
                for (Row r : t) {
                    if (n++ >= rows) {
                        break;
                    }
                    copy.addRow(cols.stream().map(r::get).toArray());
                }
            }
        }
    }
}
