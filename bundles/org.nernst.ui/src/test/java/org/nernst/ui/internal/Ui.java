package org.nernst.ui.internal;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.nernst.ui.testing.Screen;

/** Test support for driving SWT directly (no SWTBot): display, event pumping, screenshots, pixel checks. */
final class Ui {
    private Ui() {
    }

    /** The display of this (test) thread; skips the test when there is no X server. */
    static Display display() {
        return Screen.display();
    }

    /** Dispatches events until {@code done} holds; false on timeout. */
    static boolean spinUntil(BooleanSupplier done, long timeoutMs) {
        return Screen.spinUntil(Display.getCurrent(), done, timeoutMs);
    }

    /** Lets layout and painting settle. */
    static void settle(long ms) {
        Screen.settle(Display.getCurrent(), ms);
    }

    /** What {@code c} shows on screen now, copied from the display. */
    static ImageData capture(Control c) {
        Display d = c.getDisplay();
        c.update();
        Rectangle r = c.getBounds();
        Point origin = c.getParent() == null ? new Point(r.x, r.y) : c.getParent().toDisplay(r.x, r.y);
        if (c instanceof org.eclipse.swt.widgets.Shell s) {
            Rectangle ca = s.getClientArea();
            origin = s.toDisplay(ca.x, ca.y);
            r = ca;
        }
        Image img = new Image(d, Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(d);
        try {
            gc.copyArea(img, origin.x, origin.y);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    static void savePng(ImageData data, Path file) throws java.io.IOException {
        Screen.savePng(data, file);
    }

    /** Variance of the grey level over all pixels: about 0 for a blank (single-colour) image. */
    static double greyVariance(ImageData d) {
        return Screen.greyVariance(d);
    }

    /** Pixels within {@code tol} of the colour (r, g, b): proves a series of that colour was drawn. */
    static int pixelsNear(ImageData d, int r, int g, int b, int tol) {
        return Screen.pixelsNear(d, new RGB(r, g, b), tol);
    }

    static Path screenshots() {
        return Screen.screenshots();
    }
}
