package org.nernst.catalog;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CatalogTest extends CatalogContract {
    @TempDir
    Path dir;

    @Override
    Backend backend() {
        return Backend.h2(dir);
    }
}
