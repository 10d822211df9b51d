package org.scholion.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Peak heap used: the heap just before each GC (GC notifications) and a 10 ms sampler. */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong overall = new AtomicLong();
    private volatile boolean running;
    private Thread sampler;

    void start() {
        running = true;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                                .filter(e -> isHeap(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        record(before);
                    }
                }, null, null);
            }
        }
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                record(usage.getUsed());
                try {
                    Thread.sleep(10); // the sampling period: a program that measures, not a test that waits
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
        overall.accumulateAndGet(used, Math::max);
    }

    void reset() {
        System.gc();
        peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    long peak() {
        return peak.get();
    }

    long overallPeak() {
        return overall.get();
    }

    void stop() {
        running = false;
        sampler.interrupt();
    }
}
