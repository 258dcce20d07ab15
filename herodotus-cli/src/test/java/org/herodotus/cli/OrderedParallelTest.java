package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One item can never end a run: failures and overruns become that item's result, in order. */
class OrderedParallelTest {

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void turnsAStackOverflowAnOutOfMemoryErrorAndAnExceptionIntoResultsAndGoesOn() {
        List<String> out = new ArrayList<>();
        try (OrderedParallel<String, String> run = new OrderedParallel<>(2, Duration.ZERO, item -> switch (item) {
            case "deep" -> "depth " + depth(Integer.MAX_VALUE);
            case "huge" -> "length " + new long[Integer.MAX_VALUE - 8].length;
            case "bad" -> throw new IllegalArgumentException("no such page");
            default -> "ok " + item;
        }, (item, e) -> "failed " + item + ": " + e.getClass().getSimpleName(), out::add)) {
            for (String item : List.of("a", "deep", "b", "huge", "c", "bad", "d")) {
                run.submit(item);
            }
        }
        assertThat(out).containsExactly("ok a", "failed deep: StackOverflowError", "ok b",
                "failed huge: OutOfMemoryError", "ok c", "failed bad: IllegalArgumentException", "ok d");
    }

    @Test
    void abandonsAnItemOverItsTimeBudgetAndKeepsTheOthersGoing() {
        List<String> out = new ArrayList<>();
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean spinning = new AtomicBoolean();
        List<Boolean> spinningWhenDelivered = new ArrayList<>();
        try (OrderedParallel<String, String> run = new OrderedParallel<>(1, Duration.ofMillis(300), item -> {
            if (item.equals("endless")) {
                // Deaf to interrupts, as a CoreNLP annotator is: only abandoning it helps.
                spinning.set(true);
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                spinning.set(false);
            }
            return "ok " + item;
        }, (item, e) -> "failed " + item + (e instanceof TimeoutException ? ": timed out" : ": " + e), result -> {
            out.add(result);
            spinningWhenDelivered.add(spinning.get());
        })) {
            for (String item : List.of("a", "endless", "b", "c")) {
                run.submit(item);
            }
        } finally {
            release.set(true);
        }
        assertThat(out).containsExactly("ok a", "failed endless: timed out", "ok b", "ok c");
        // One worker: b and c ran on a fresh thread while the abandoned one still spun.
        assertThat(spinningWhenDelivered.subList(1, 4)).containsExactly(true, true, true);
    }

    @Test
    void runsEachItemOnOneOfItsOwnWorkersAndEndsThemWhenClosed() throws InterruptedException {
        Set<Thread> before = workerThreads();
        Set<String> ranOn = ConcurrentHashMap.newKeySet();
        Set<Thread> mine = ConcurrentHashMap.newKeySet();
        List<Integer> out = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> run = new OrderedParallel<>(3, item -> {
            ranOn.add(Thread.currentThread().getName());
            mine.add(Thread.currentThread());
            return item * 2;
        }, out::add)) {
            for (int i = 0; i < 200; i++) {
                run.submit(i);
            }
        }
        assertThat(out).hasSize(200).isSortedAccordingTo(Integer::compare).startsWith(0, 2, 4).endsWith(398);
        assertThat(ranOn).containsOnly("herodotus-worker");
        // Three workers for the whole run, not a thread per item.
        assertThat(mine).hasSizeBetween(1, 3);
        assertThat(mine).noneMatch(before::contains);
        for (Thread t : mine) {
            t.join(5_000);
            assertThat(t.isAlive()).as("worker still alive after close").isFalse();
        }
    }

    @Test
    void endsItsWorkersWhenTheSinkFails() throws InterruptedException {
        Set<Thread> mine = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> {
            try (OrderedParallel<Integer, Integer> run = new OrderedParallel<>(2, item -> {
                mine.add(Thread.currentThread());
                return item;
            }, item -> {
                throw new IllegalStateException("the store failed");
            })) {
                for (int i = 0; i < 20; i++) {
                    run.submit(i);
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("the store failed");
        assertThat(mine).isNotEmpty();
        for (Thread t : mine) {
            t.join(5_000);
            assertThat(t.isAlive()).as("worker still alive after the run ended").isFalse();
        }
    }

    private static Set<Thread> workerThreads() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("herodotus-worker")) {
                out.add(t);
            }
        }
        return out;
    }
}
