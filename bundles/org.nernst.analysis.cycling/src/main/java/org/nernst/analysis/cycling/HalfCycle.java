package org.nernst.analysis.cycling;

/**
 * One charge or discharge half-cycle: the active (non-rest) rows between two changes of the current's
 * direction. Rest rows inside it are skipped by every integral.
 *
 * @param index       0-based position among the half-cycles of the record
 * @param kind        charge (the higher-voltage direction) or discharge
 * @param firstRow    first active row
 * @param endRow      one past the last active row
 * @param startS      time of the first active row, s
 * @param endS        time of the last active row, s
 * @param activeS     time under current (rests excluded), s
 * @param meanVoltage time-averaged voltage over the active time, V
 * @param endVoltage  voltage of the last active row, V
 * @param capacityAh  integral of |I| dt, A h
 * @param energyWh    integral of V |I| dt, W h
 */
public record HalfCycle(int index, Kind kind, int firstRow, int endRow, double startS, double endS, double activeS,
        double meanVoltage, double endVoltage, double capacityAh, double energyWh) {

    public enum Kind {
        CHARGE, DISCHARGE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
