package org.nernst.catalog;

/**
 * A second process for the durability and concurrency tests: opens the catalog at args[0] and
 * imports args[2] LSV results into samples named args[1]-i, printing "committed i" after each
 * import returns (that is, after its transaction committed).
 */
public final class ImportWorker {
    private ImportWorker() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (Catalog c = Catalog.open(url)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                c.importResult(Results.lsvOrr(ProcessContract.eHalf(i), "0.1 M KOH"), prefix + "-" + i,
                        Provenance.unknown(), Conditions.UNKNOWN);
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
