package org.nernst.ui.internal;

import java.util.Locale;

/**
 * Start-up clock of the shell ({@code -Dnernst.timing=true}). Time zero is when {@code ./nernst} was
 * started ({@code -Dnernst.launchMillis}, epoch ms, set by the script), else the JVM's own start.
 * Not {@code ProcessHandle.info().startInstant()}: Linux derives it from the boot time in whole
 * seconds, which put it up to a second early on the build machine (0.7 s measured) and inflated
 * every start-up figure by that much.
 */
final class StartTiming {
    private StartTiming() {
    }

    static long launchEpochMillis() {
        Long fromScript = Long.getLong("nernst.launchMillis");
        return fromScript != null && fromScript > 0 ? fromScript : java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static long sinceLaunchMillis() {
        return System.currentTimeMillis() - launchEpochMillis();
    }

    /** One line: when the display was up, the window built and first painted; the process' CPU time. */
    static String report(long displayAt, long windowAt, long paintedAt) {
        // CPU time too: on a shared, loaded machine wall time says more about the neighbours than about us
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        return String.format(Locale.ROOT, "[nernst] first window painted %d ms after %s (display %d ms, window built %d ms; process CPU %d ms)",
                paintedAt, Long.getLong("nernst.launchMillis") != null ? "launch" : "JVM start", displayAt, windowAt, cpu);
    }
}
