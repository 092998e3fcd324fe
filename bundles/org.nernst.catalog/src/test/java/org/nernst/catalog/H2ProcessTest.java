package org.nernst.catalog;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ProcessTest extends ProcessContract {
    @TempDir
    Path dir;

    @Override
    Backend backend() {
        return Backend.h2(dir);
    }
}
