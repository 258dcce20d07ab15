package org.herodotus.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the CPU time of one timed run went: the worker threads, the thread that hands out the
 * work and stores the results, and the JVM's own threads beside them (the JIT compiler, the
 * collector), with the process total.
 *
 * <p>Why it is measured: on a machine with as many cores as workers, every CPU second spent
 * outside the workers is taken from them, while a run with fewer workers than cores gets it
 * free on an idle core. Two workers gain little over one when the compiler and the storing
 * thread together need about as much CPU as the workers (docs/watch.md has the figures).
 *
 * <p>The JVM's own threads (compiler, collector) are not Java threads that {@link ThreadMXBean}
 * reports; their CPU time is read from {@code /proc/self/task} where there is one (Linux), and
 * is unknown (negative) elsewhere. A compiler thread the JVM ends during the run takes its time
 * with it, so the compiler's share is a lower bound.
 */
final class CpuAccount {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Clock ticks per second of /proc's CPU times: 100 on every Linux the JVM runs on. */
    private static final double TICKS = 100.0;

    private final long process0;
    private final long caller0;
    private final long[] jvm0;
    private final long wall0;

    private CpuAccount() {
        process0 = processNanos();
        caller0 = threadNanos();
        jvm0 = jvmThreadTicks();
        wall0 = System.nanoTime();
    }

    /** Starts the account on the calling thread: the one that hands out work and stores results. */
    static CpuAccount start() {
        return new CpuAccount();
    }

    /** CPU time of the current thread so far, in nanoseconds (0 where the JVM cannot tell). */
    static long threadNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /**
     * The account from the start until now; call on the thread that started it, with the CPU time
     * the workers counted meanwhile (each with {@link #threadNanos()} around its work).
     */
    Summary stop(long workerNanos) {
        long[] jvm = jvmThreadTicks();
        return new Summary((System.nanoTime() - wall0) / 1e9, (processNanos() - process0) / 1e9, workerNanos / 1e9,
                (threadNanos() - caller0) / 1e9, seconds(jvm0[0], jvm[0]), seconds(jvm0[1], jvm[1]));
    }

    /**
     * Seconds of one run.
     *
     * @param wall       wall clock
     * @param process    CPU time of the whole process
     * @param workers    CPU time of the worker threads
     * @param caller     CPU time of the thread that handed out the work and stored the results
     * @param compiler   CPU time of the JIT compiler threads (negative: unknown)
     * @param collector  CPU time of the collector's threads and the VM thread (negative: unknown)
     */
    record Summary(double wall, double process, double workers, double caller, double compiler, double collector) {

        /** This and {@code other} together: two parts of one run. Unknown (negative) stays unknown. */
        Summary plus(Summary other) {
            return new Summary(wall + other.wall, process + other.process, workers + other.workers, caller + other.caller,
                    sum(compiler, other.compiler), sum(collector, other.collector));
        }

        private static double sum(double a, double b) {
            return a < 0 || b < 0 ? -1 : a + b;
        }

        /** One line: each share in seconds and as a fraction of the process CPU time. */
        String describe() {
            return String.format(Locale.ROOT, "wall %.1f s; CPU %.1f s: workers %s, storing thread %s, JIT compiler %s,"
                    + " collector %s", wall, process, part(workers), part(caller), part(compiler), part(collector));
        }

        private String part(double seconds) {
            return seconds < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f s (%.0f%%)", seconds, share(seconds));
        }

        private double share(double part) {
            return process <= 0 ? 0 : 100 * part / process;
        }
    }

    private static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long before, long after) {
        return before < 0 || after < 0 ? -1 : (after - before) / TICKS;
    }

    /**
     * CPU clock ticks so far of the JVM's compiler threads ("C1 CompilerThre…", "C2 CompilerThre…")
     * and of its collector ("GC Thread#…", "G1 …") and VM thread; {-1, -1} without /proc.
     */
    static long[] jvmThreadTicks() {
        Path tasks = Path.of("/proc/self/task");
        long[] ticks = {0, 0};
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                int group = name.startsWith("C1 ") || name.startsWith("C2 ") ? 0
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread") ? 1 : -1;
                if (group >= 0) {
                    // Fields after the name: state is the 1st, utime the 12th, stime the 13th.
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks[group] += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
        return ticks;
    }
}
