package org.nernst.catalog;

class PostgresCatalogTest extends CatalogContract {
    @Override
    Backend backend() {
        return Backend.postgres();
    }
}
