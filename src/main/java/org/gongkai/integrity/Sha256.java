package org.gongkai.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One thread's SHA-256 of files: a digest and a read buffer reused from file to file. */
final class Sha256 {

    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    String of(Path file) throws IOException {
        digest.reset();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
