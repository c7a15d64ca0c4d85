package org.gongkai.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A URL path read as folder names below the site's root. Each segment is percent-decoded on its own, so that an
 * encoded {@code %2e%2e} or {@code %2f} is judged after decoding: a path that could step outside the root is no
 * path at all.
 *
 * @param folder whether the URL ends in a slash, which is what a folder's index page is asked for with
 */
record RequestPath(List<String> segments, boolean folder) {

    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || !safe(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(new RequestPath(List.copyOf(segments), rawPath.endsWith("/")));
    }

    String relative() {
        return String.join("/", segments);
    }

    private static boolean safe(String segment) {
        return !segment.equals(".") && !segment.equals("..") && segment.chars().noneMatch(c -> c == '/' || c == '\\'
                || c == ':' || c < 0x20);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            int end = percent < 0 ? raw.length() : percent;
            bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            int high = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 1), 16) : -1;
            int low = percent + 2 < raw.length() ? Character.digit(raw.charAt(percent + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i = percent + 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
