package org.nernst.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

/**
 * The SWT plumbing every UI test needs (no SWTBot): the display, event pumping, screenshots and
 * pixel checks. Shared through the ui bundle's test jar by {@link ViewHarness}, {@link TestWorkbench}
 * and the tests that drive a shell of their own.
 */
public final class Screen {
    private Screen() {
    }

    /** The display of this (test) thread; skips the test when there is no X server. */
    public static Display display() {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank(),
                "no DISPLAY: the UI tests need an X server (releng/test.sh runs the build under xvfb-run)");
        return Display.getDefault();
    }

    /** Dispatches events of {@code display} until {@code done} holds; false on timeout. */
    public static boolean spinUntil(Display display, BooleanSupplier done, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
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

    /** Lets layout and painting settle for {@code ms}. */
    public static void settle(Display display, long ms) {
        long end = System.currentTimeMillis() + ms;
        spinUntil(display, () -> System.currentTimeMillis() > end, ms + 1000);
    }

    /** What the client area of {@code shell} shows now, copied from the screen. */
    public static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        Image img = new Image(display, shell.getClientArea().width, shell.getClientArea().height);
        GC gc = new GC(display);
        try {
            var o = shell.toDisplay(0, 0);
            gc.copyArea(img, o.x, o.y);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    /** The screenshots folder: {@code -Dnernst.screenshots}, else target/screenshots. */
    public static Path screenshots() {
        return Path.of(System.getProperty("nernst.screenshots", "target/screenshots"));
    }

    /** Captures {@code shell} into the PNG {@code name} under {@link #screenshots()}; returns the pixels. */
    public static ImageData screenshot(Shell shell, String name) throws IOException {
        ImageData data = capture(shell);
        savePng(data, screenshots().resolve(name));
        return data;
    }

    public static void savePng(ImageData data, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageLoader l = new ImageLoader();
        l.data = new ImageData[] {data};
        l.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Pixels whose colour is of {@code kind}. */
    public static int count(ImageData d, Predicate<RGB> kind) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                if (kind.test(d.palette.getRGB(d.getPixel(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels within {@code tol} of {@code c} per channel: proves a series of that colour was drawn. */
    public static int pixelsNear(ImageData d, RGB c, int tol) {
        return count(d, p -> Math.abs(p.red - c.red) <= tol && Math.abs(p.green - c.green) <= tol && Math.abs(p.blue - c.blue) <= tol);
    }

    /** Variance of the grey level over all pixels: about 0 for a blank (single-colour) image. */
    public static double greyVariance(ImageData d) {
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
}
