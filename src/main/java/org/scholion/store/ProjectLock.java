package org.scholion.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer at a time: an operating-system lock on the project's .lock file, held while the
 * project is open. The OS releases it when the process ends, however it ends, so a crash never
 * leaves a project locked.
 */
final class ProjectLock implements AutoCloseable {

    /**
     * Lock files this JVM holds. Checked before any channel is opened: on POSIX systems closing any
     * descriptor of a file drops every lock the process holds on it, so a second attempt from this
     * process must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(ProjectLayout layout) {
        Path file = layout.lockFile();
        if (!HELD.add(file)) {
            throw new StoreException("project " + layout.root() + " is already open in this Scholion");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                HELD.remove(file);
                throw new StoreException("project " + layout.root() + " is open in another Scholion window or process"
                        + holder + "; close it there first");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new ProjectLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw new StoreException("cannot lock project " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                // the lock attempt already failed; that failure is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release the project lock: " + e.getMessage(), e);
        } finally {
            HELD.remove(file);
        }
    }
}
