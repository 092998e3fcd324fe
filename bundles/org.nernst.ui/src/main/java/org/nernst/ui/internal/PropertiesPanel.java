package org.nernst.ui.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nernst.core.model.Metadata;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.ReferenceElectrodes;

/** Metadata of the active measurement and its analysis settings (applied to every view of that file). */
final class PropertiesPanel extends Composite {
    private final Table meta;
    private final Combo reference;
    private final Text refPotential;
    private final Text ph;
    private final Text area;
    private final Text ru;
    private final Text circuit;
    private final Text rpm;
    private final Button apply;
    private final Label error;
    private Optional<FileEditor> editor = Optional.empty();

    PropertiesPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        meta = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        meta.setHeaderVisible(true);
        meta.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String t : new String[] {"Property", "Value"}) {
            TableColumn c = new TableColumn(meta, SWT.LEFT);
            c.setText(t);
            c.setWidth(t.equals("Value") ? 190 : 130);
        }
        Group g = new Group(this, SWT.NONE);
        g.setText("Analysis settings");
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        new Label(g, SWT.NONE).setText("Reference electrode");
        reference = new Combo(g, SWT.DROP_DOWN);
        reference.setItems(ReferenceElectrodes.names().toArray(String[]::new));
        reference.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        refPotential = field(g, "E(ref) vs SHE [V]");
        reference.addListener(SWT.Selection, e -> ReferenceElectrodes.potentialVsShe(reference.getText())
                .ifPresent(v -> refPotential.setText(fmt(OptionalDouble.of(v)))));
        ph = field(g, "pH");
        area = field(g, "Area [cm²]");
        ru = field(g, "Ru [Ω]");
        circuit = field(g, "Circuit");
        rpm = field(g, "Rotation [rpm]");
        error = new Label(g, SWT.WRAP);
        error.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        apply = new Button(g, SWT.PUSH);
        apply.setText("Apply to views");
        apply.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        apply.addListener(SWT.Selection, e -> apply());
        show(Optional.empty());
    }

    private static Text field(Composite g, String label) {
        new Label(g, SWT.NONE).setText(label);
        Text t = new Text(g, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    /** Shows the metadata and settings of {@code fe}, or clears the panel. */
    void show(Optional<FileEditor> fe) {
        editor = fe;
        meta.removeAll();
        error.setText("");
        boolean on = fe.isPresent();
        for (var c : new org.eclipse.swt.widgets.Control[] {reference, refPotential, ph, area, ru, circuit, rpm, apply}) {
            c.setEnabled(on);
        }
        if (fe.isEmpty()) {
            for (Text t : new Text[] {refPotential, ph, area, ru, circuit, rpm}) {
                t.setText("");
            }
            reference.setText("");
            return;
        }
        Metadata md = fe.get().measurement().metadata();
        describe(md, fe.get()).forEach((k, v) -> {
            TableItem it = new TableItem(meta, SWT.NONE);
            it.setText(new String[] {k, v});
        });
        AnalysisSettings s = fe.get().settings();
        reference.setText(s.referenceElectrode().orElse(""));
        refPotential.setText(fmt(s.referencePotentialVsShe()));
        ph.setText(fmt(s.pH()));
        area.setText(fmt(s.areaCm2()));
        ru.setText(fmt(s.ruOhm()));
        circuit.setText(s.circuit().orElse(""));
        rpm.setText(fmt(s.rotationRpm()));
    }

    private static Map<String, String> describe(Metadata md, FileEditor fe) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("File", fe.file().toString());
        m.put("Technique", md.technique().name() + " (" + md.technique().description() + ")");
        m.put("Vendor technique", md.vendorTechnique());
        m.put("Instrument", md.instrument());
        m.put("Rows", Integer.toString(fe.measurement().rows()));
        m.put("Channels", fe.measurement().describeChannels());
        m.put("Area [cm²]", fmt(md.electrodeAreaCm2()));
        m.put("Reference", md.referenceElectrode().orElse(""));
        m.put("Rotation [rpm]", fmt(md.rotationRpm()));
        m.put("Scan rate [V/s]", fmt(md.scanRateVPerS()));
        m.put("Compensated R [Ω]", fmt(md.compensatedResistanceOhm()));
        m.put("Start", md.startTime().map(Object::toString).orElse(""));
        // keys the reader already understood (area, rotation ...) are shown once, in the rows above
        md.extra().forEach((k, v) -> {
            String l = k.toLowerCase(Locale.ROOT);
            if (!l.matches(".*(area|rotation|rpm|scan rate|sweep rate|reference|technique|method).*")) {
                m.putIfAbsent(k, v);
            }
        });
        m.values().removeIf(String::isEmpty);
        return m;
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.6g", v.getAsDouble()).replaceAll("\\.?0+$", "") : "";
    }

    /** Parses the form; a bad number is named and nothing is applied. */
    void apply() {
        if (editor.isEmpty()) {
            return;
        }
        try {
            String ref = reference.getText().strip();
            String c = circuit.getText().strip();
            AnalysisSettings s = new AnalysisSettings(ref.isEmpty() ? Optional.empty() : Optional.of(ref),
                    num(refPotential, "E(ref)"), num(ph, "pH"), num(area, "area"), num(ru, "Ru"),
                    c.isEmpty() ? Optional.empty() : Optional.of(c), num(rpm, "rotation"));
            error.setText("");
            editor.get().applySettings(s);
        } catch (IllegalArgumentException ex) {
            error.setText(ex.getMessage());
        }
        layout(true, true);
    }

    private static OptionalDouble num(Text t, String what) {
        String s = t.getText().strip().replace(',', '.');
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": \"" + t.getText() + "\" is not a number");
        }
    }

    /** Test hook: fills the form and applies it as a user would. */
    void set(String refName, String refVsShe, String pH, String areaCm2, String ruOhm) {
        reference.setText(refName);
        refPotential.setText(refVsShe);
        ph.setText(pH);
        area.setText(areaCm2);
        ru.setText(ruOhm);
        apply();
    }
}
