package io.meridian.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data directory and the lock that gives one process at a time the right to use it.
 * The lock is an OS file lock, released by the OS when the process dies however it dies,
 * so a crash never leaves a stale lock behind.
 */
final class DataDirectory implements AutoCloseable {

    private static final String LOCK_FILE = ".lock";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and locks it.
     *
     * @throws LaunchException if it cannot be written to, or another process holds it
     */
    static DataDirectory open(Path root) throws LaunchException {
        ensureWritable(root);
        Path lockFile = root.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException(LaunchException.FAILURE, alreadyRunning(root));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LaunchException(LaunchException.FAILURE,
                    "cannot lock data directory " + root + ": " + e.getMessage()
                            + ". Check that the file system supports locks, or use another directory with --data DIR", e);
        }
    }

    /** True if a live process holds the lock on this directory right now. */
    static boolean isLocked(Path root) {
        Path lockFile = root.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String alreadyRunning(Path root) {
        String pid = "";
        try {
            pid = Files.readString(root.resolve(LOCK_FILE), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            // the message below still names the directory
        }
        return "Meridian is already running on data directory " + root
                + (pid.isEmpty() ? "" : " (pid " + pid + ")")
                + ". Use that instance (meridian run 'COMMAND' talks to it), stop it first"
                + (pid.isEmpty() ? "" : " (kill " + pid + ")")
                + ", or start this one with another --data DIR.";
    }

    private static void ensureWritable(Path root) throws LaunchException {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot write to data directory " + root
                    + ": permission denied on " + e.getFile() + ". Fix its permissions (chmod u+w) or choose another with --data DIR", e);
        } catch (FileSystemException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot use data directory " + root + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + " (" + e.getFile()
                    + "). Choose another with --data DIR", e);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot use data directory " + root + ": " + e.getMessage()
                    + ". Choose another with --data DIR", e);
        }
    }

    Path root() {
        return root;
    }

    Path resolve(String child) {
        return root.resolve(child);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
