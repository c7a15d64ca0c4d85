package org.gongkai.output;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Puts a finished folder in the place of the published one in one step that no reader and no kill can split:
 * Linux's {@code renameat2(RENAME_EXCHANGE)} swaps the two folders' names atomically, which Java cannot ask for.
 * Where the call or the file system lacks it (another system, NFS), two renames through a fixed name do the same
 * but for an instant between them, which {@link WorkFolder#clearLeftovers} repairs after a kill.
 */
final class DirectorySwap {

    /** {@code AT_FDCWD}: paths are taken as given, relative to the working directory. */
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final int EXDEV = 18;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;

    /** libc's renameat2, declared with byte paths so that a name is passed exactly as the file system holds it. */
    interface LibC extends Library {
        int renameat2(int fromDir, byte[] from, int toDir, byte[] to, int flags) throws LastErrorException;
    }

    private static final Object LOADING = new Object();
    private static volatile LibC libc;
    private static volatile boolean unavailable;
    /** For tests of the fallback: as if renameat2 were missing. */
    static volatile boolean forceRenames;

    private DirectorySwap() {}

    /**
     * Swaps {@code published} and {@code next}, both existing folders on one file system: afterwards
     * {@code published} holds what {@code next} held, and {@code next} the folder that was published. Without an
     * exchange, the published folder passes through {@code parked} for an instant.
     */
    static void swap(Path published, Path next, Path parked, Path scratch) throws IOException {
        LibC c = forceRenames ? null : libc(scratch);
        if (c != null) {
            try {
                c.renameat2(AT_FDCWD, bytes(next), AT_FDCWD, bytes(published), RENAME_EXCHANGE);
                return;
            } catch (UnsatisfiedLinkError e) {
                // A C library without renameat2, as on macOS or an old glibc: the renames below do it.
                unavailable = true;
                libc = null;
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EXDEV) {
                    throw new IOException("无法把新网站换入 " + published + "：工作目录 " + next.getParent()
                            + " 与输出目录不在同一个文件系统上（.gongkai 也许是指向别处的链接）。请让 .gongkai 成为输出目录旁的普通目录");
                }
                if (e.getErrorCode() != EINVAL && e.getErrorCode() != ENOSYS) {
                    throw new FileSystemException(published.toString(), next.toString(), errorText(e));
                }
            }
        }
        Files.move(published, parked, StandardCopyOption.ATOMIC_MOVE);
        Files.move(next, published, StandardCopyOption.ATOMIC_MOVE);
        Files.move(parked, next, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Renames {@code next} to {@code published}, which is missing or an empty folder: one step on any system, since
     * rename(2) replaces an empty folder.
     */
    static void moveInto(Path published, Path next) throws IOException {
        Files.move(next, published, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String errorText(LastErrorException e) {
        String message = e.getMessage();
        int bracket = message == null ? -1 : message.indexOf(']');
        return bracket < 0 ? String.valueOf(message) : message.substring(bracket + 1).trim();
    }

    /**
     * libc through JNA, loaded once. JNA unpacks its native stub into {@code scratch}, inside the work folder, rather
     * than into the user's cache or /tmp, so that a build writes nowhere else.
     */
    private static LibC libc(Path scratch) {
        if (libc != null || unavailable) {
            return libc;
        }
        synchronized (LOADING) {
            if (libc == null && !unavailable) {
                try {
                    Files.createDirectories(scratch);
                    if (System.getProperty("jna.tmpdir") == null) {
                        System.setProperty("jna.tmpdir", scratch.toAbsolutePath().toString());
                    }
                    libc = Native.load("c", LibC.class);
                    // JNA removes the stub it unpacked once loaded; the folder goes too, not to linger in the work folder.
                    deleteIfEmpty(scratch);
                } catch (IOException | UnsatisfiedLinkError | NoClassDefFoundError e) {
                    unavailable = true;
                }
            }
            return libc;
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    private static byte[] bytes(Path path) {
        String encoding = System.getProperty("sun.jnu.encoding");
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        byte[] name = path.toAbsolutePath().toString().getBytes(charset);
        return Arrays.copyOf(name, name.length + 1);
    }
}
