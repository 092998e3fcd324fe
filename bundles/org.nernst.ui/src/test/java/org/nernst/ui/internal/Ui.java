package org.nernst.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Assumptions;

/** Test support for driving SWT directly (no SWTBot): display, event pumping, screenshots, pixel checks. */
final class Ui {
    private Ui() {
    }

    /** The display of this (test) thread; skips the test when there is no X server. */
    static Display display() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank(),
                "no DISPLAY: the UI tests need an X server (releng/test.sh runs the build under xvfb-run)");
        return Display.getDefault();
    }

    /** Dispatches events until {@code done} holds; false on timeout. */
    static boolean spinUntil(BooleanSupplier done, long timeoutMs) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Lets layout and painting settle. */
    static void settle(long ms) {
        long end = System.currentTimeMillis() + ms;
        spinUntil(() -> System.currentTimeMillis() > end, ms + 1000);
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageLoader l = new ImageLoader();
        l.data = new ImageData[] {data};
        l.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Variance of the grey level over all pixels: about 0 for a blank (single-colour) image. */
    static double greyVariance(ImageData d) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                double g = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;
                sum += g;
                sq += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    /** Pixels within {@code tol} of the colour (r, g, b): proves a series of that colour was drawn. */
    static int pixelsNear(ImageData d, int r, int g, int b, int tol) {
        int count = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                if (Math.abs(c.red - r) <= tol && Math.abs(c.green - g) <= tol && Math.abs(c.blue - b) <= tol) {
                    count++;
                }
            }
        }
        return count;
    }

    static Path screenshots() {
        return Path.of(System.getProperty("nernst.screenshots", "target/screenshots"));
    }
}
