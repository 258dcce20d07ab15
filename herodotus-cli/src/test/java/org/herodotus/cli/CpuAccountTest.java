package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CpuAccountTest {

    @Test
    void describesEachShareInSecondsAndAsAFractionOfTheProcessCpu() {
        CpuAccount.Summary s = new CpuAccount.Summary(60.0, 100.0, 55.0, 20.0, 15.0, 2.5);
        assertThat(s.describe()).isEqualTo("wall 60.0 s; CPU 100.0 s: workers 55.0 s (55%), storing thread 20.0 s (20%),"
                + " JIT compiler 15.0 s (15%), collector 2.5 s (3%)");
    }

    @Test
    void saysUnknownForAShareItCouldNotMeasure() {
        CpuAccount.Summary s = new CpuAccount.Summary(10.0, 20.0, 15.0, 1.0, -1, -1);
        assertThat(s.describe()).endsWith("JIT compiler unknown, collector unknown");
    }

    @Test
    void addsThePartsOfOneRunShareByShareAndAnUnknownShareStaysUnknown() {
        CpuAccount.Summary first = new CpuAccount.Summary(10.0, 19.0, 16.0, 1.0, 1.5, 0.5);
        CpuAccount.Summary second = new CpuAccount.Summary(20.0, 38.0, 33.0, 2.0, 2.0, 1.0);
        assertThat(first.plus(second)).isEqualTo(new CpuAccount.Summary(30.0, 57.0, 49.0, 3.0, 3.5, 1.5));
        CpuAccount.Summary unknown = new CpuAccount.Summary(5.0, 9.0, 8.0, 0.5, -1, -1);
        assertThat(first.plus(unknown).compiler()).isNegative();
        assertThat(first.plus(unknown).collector()).isNegative();
        assertThat(first.plus(unknown).workers()).isEqualTo(24.0);
    }

    @Test
    void countsTheCallingThreadsWorkAndTheWorkersTimeItIsGiven() {
        CpuAccount account = CpuAccount.start();
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            sum += Integer.toString(i).length();
        }
        CpuAccount.Summary s = account.stop(3_000_000_000L);
        assertThat(sum).isPositive();
        assertThat(s.workers()).isEqualTo(3.0);
        assertThat(s.caller()).isPositive();
        assertThat(s.process()).isPositive();
    }

    @Test
    void readsTheCpuTimeOfTheJitCompilerThreadsWhereThereIsProc() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        // This JVM has compiled the test framework and the code under test by now.
        assertThat(CpuAccount.jvmThreadTicks()[0]).isPositive();
        assertThat(CpuAccount.jvmThreadTicks()[1]).isNotNegative();
    }
}
