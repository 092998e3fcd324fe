package org.nernst.catalog;

class PostgresProcessTest extends ProcessContract {
    @Override
    Backend backend() {
        return Backend.postgres();
    }
}
