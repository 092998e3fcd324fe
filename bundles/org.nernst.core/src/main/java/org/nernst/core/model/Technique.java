package org.nernst.core.model;

import java.util.Locale;

/** The electrochemical technique a measurement was recorded with. */
public enum Technique {
    LSV("linear sweep voltammetry"),
    CV("cyclic voltammetry"),
    CA("chronoamperometry"),
    CP("chronopotentiometry"),
    OCV("open-circuit voltage"),
    EIS("impedance spectroscopy"),
    /** Galvanostatic cycling (battery, Zn-air charge/discharge). */
    GCPL("galvanostatic cycling"),
    /** Galvanodynamic/potentiodynamic cell polarization (discharge curve for power density). */
    POLARIZATION("cell polarization"),
    UNKNOWN("unknown");

    private final String description;

    Technique(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Maps vendor technique names (EC-Lab, Gamry, CHI, ...) to a technique; UNKNOWN otherwise. */
    public static Technique fromVendorName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("impedance") || n.contains("peis") || n.contains("geis") || n.equals("eis") || n.contains("ac impedance")) {
            return EIS;
        }
        if (n.contains("linear sweep") || n.equals("lsv") || n.contains("linear scan")) {
            return LSV;
        }
        if (n.contains("cyclic voltammetry") || n.equals("cv") || n.equals("cva") || n.contains("cyclic voltammogram")) {
            return CV;
        }
        if (n.contains("galvanostatic cycling") || n.contains("gcpl") || n.contains("battery") || n.contains("charge/discharge")) {
            return GCPL;
        }
        if (n.contains("chronoamperometry") || n.equals("ca") || n.contains("i-t curve") || n.contains("amperometric")) {
            return CA;
        }
        if (n.contains("chronopotentiometry") || n.equals("cp") || n.contains("constant current")) {
            return CP;
        }
        if (n.contains("open circuit") || n.equals("ocv") || n.contains("ocp")) {
            return OCV;
        }
        return UNKNOWN;
    }
}
