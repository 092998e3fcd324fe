package org.nernst.io.gamry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.ColumnHeader;

/** Gamry column names (Framework manual, "DTA file format") mapped to roles and units. */
final class GamryColumns {
    private GamryColumns() {
    }

    static String unit(String u) {
        return switch (u.strip()) {
            case "V vs. Ref.", "V vs. Ref" -> "V";
            case "deg C" -> "°C";
            case "#", "bits", "" -> "";
            case "\uFFFD", "deg" -> "°";
            default -> u.strip();
        };
    }

    /** Roles by Gamry's own names; null when the generic header rules decide. */
    static Role role(String name, boolean drCorrected) {
        return switch (name) {
            case "Pt", "IERange", "Zsig", "Vu", "Sig", "Ach", "Idc", "Vdc", "Vm" -> Role.OTHER;
            case "Vf", "Vstep", "Voltage" -> Role.POTENTIAL;
            case "Im", "Idif", "Current" -> Role.CURRENT;
            case "T", "Time" -> Role.TIME;
            case "Cycle" -> Role.CYCLE_INDEX;
            case "Temp" -> Role.TEMPERATURE;
            case "Zreal", "Zimag", "Zmod", "Zphz" -> drCorrected ? Role.OTHER : null;
            case "ZrealDrCor" -> drCorrected ? Role.Z_REAL : Role.OTHER;
            case "ZimagDrCor" -> drCorrected ? Role.Z_IMAG : Role.OTHER;
            case "ZmodDrCor" -> drCorrected ? Role.Z_MODULUS : Role.OTHER;
            case "ZphzDrCor" -> drCorrected ? Role.Z_PHASE : Role.OTHER;
            default -> null;
        };
    }

    /** Channels of a table; rows [from, to). Text columns ("Over" overload flags) are left out. */
    static List<Channel> channels(DtaFile.Table t, boolean drCorrected, ReadContext ctx) {
        List<Channel> out = new ArrayList<>();
        for (int c = 0; c < t.names().size(); c++) {
            if (!t.numeric()[c]) {
                continue;
            }
            String name = t.names().get(c);
            String u = c < t.units().size() ? unit(t.units().get(c)) : "";
            ColumnHeader h = ColumnHeader.parse(u.isEmpty() ? name : name + " (" + u + ")");
            Role role = role(name, drCorrected);
            if (role == null) {
                role = h.role();
            }
            double[] v = Arrays.copyOf(t.columns()[c], t.rows());
            if (role == Role.TEMPERATURE && Arrays.stream(v).anyMatch(x -> x < -273.15 || x > 1000)) {
                // -327.67 (no sensor) or 1489 (unconnected input): not a temperature
                ctx.warn("column Temp of table " + t.name() + " holds no temperature (e.g. " + v[0] + " °C): kept as a raw value", t.line());
                role = Role.OTHER;
            }
            Quantity q = h.unit().map(Unit::quantity).orElse(role.quantity() == Quantity.COUNT ? Quantity.COUNT : Quantity.DIMENSIONLESS);
            if (role != Role.OTHER && role.quantity() != q && role.quantity() != Quantity.UNKNOWN) {
                if (h.unit().isPresent()) {
                    role = Role.OTHER; // a unit the role cannot have: keep, never misuse
                } else {
                    q = role.quantity();
                }
            }
            out.add(h.unit().isPresent() ? Channel.convert(name, role, h.unit().get(), v, t.rows())
                    : Channel.adopt(name, role, q, u, v));
        }
        return out;
    }
}
