package org.herodotus.intake;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards each host: at most a few requests to it at once, and a delay between the
 * starts of two requests to it. Hosts are independent, so a slow site never holds up the others.
 */
final class HostGate {

    private final int perHost;
    private final Duration delay;
    private final Sleeper sleeper;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore connections;
        long nextStart;
        long extraDelayNanos;

        Host(int perHost) {
            this.connections = new Semaphore(perHost, true);
        }
    }

    HostGate(int perHost, Duration delay, Sleeper sleeper) {
        this.perHost = perHost;
        this.delay = delay;
        this.sleeper = sleeper;
    }

    /** A host asks for more time between requests (robots.txt Crawl-delay). */
    void slowDown(String host, Duration crawlDelay) {
        Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
        synchronized (h) {
            h.extraDelayNanos = Math.max(h.extraDelayNanos, crawlDelay.toNanos() - delay.toNanos());
        }
    }

    /**
     * Takes one of the host's connections, after waiting until the host's delay since the
     * previous request start has passed; the returned handle gives it back.
     */
    AutoCloseable enter(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
        h.connections.acquire();
        try {
            long wait;
            synchronized (h) {
                long now = System.nanoTime();
                long start = Math.max(now, h.nextStart);
                h.nextStart = start + delay.toNanos() + h.extraDelayNanos;
                wait = start - now;
            }
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            h.connections.release();
            throw e;
        }
        return h.connections::release;
    }
}
