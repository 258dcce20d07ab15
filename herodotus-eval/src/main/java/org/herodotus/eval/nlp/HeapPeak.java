package org.herodotus.eval.nlp;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at one moment, garbage included, over a stretch of a run: the heap just
 * before each collection (when it is fullest), and at the end of the stretch.
 *
 * <p>Why not the pools' own peaks, which JMX keeps: their sum adds the peaks of different moments
 * (the young generation is fullest just before a collection, the old one just after), and came to
 * 3.7 GB in a run with a 3 GB heap.
 */
public final class HeapPeak implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    /** When the stretch began, in milliseconds of the JVM's uptime, as collections are dated. */
    private volatile long since = uptime();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            // Notices come on another thread, a little late: one about a collection begun
            // before this stretch belongs to the one before.
            if (info.getGcInfo().getStartTime() >= since) {
                record(info.getGcInfo().getMemoryUsageBeforeGc());
            }
        }
    };

    /** Starts watching the collections of this JVM. */
    public HeapPeak() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** The peak since the last call (or since this was made), in bytes; starts the next stretch. */
    public long takeAndReset() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        since = uptime();
        return Math.max(now, peak.getAndSet(0));
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone: nothing to stop
            }
        }
    }

    private void record(Map<String, MemoryUsage> beforeCollection) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : beforeCollection.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peak.accumulateAndGet(used, Math::max);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
