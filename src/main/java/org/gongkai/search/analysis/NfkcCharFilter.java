package org.gongkai.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies Unicode NFKC to each code point before tokenizing, so that full-width １２３４５ and ＡＰＥＣ read as
 * 12345 and APEC; offsets stay those of the original text, for highlighting.
 *
 * <p>Normalising one code point at a time, rather than the whole text, keeps the mapping simple enough for
 * the browser to reproduce exactly with {@code String.prototype.normalize}; the texts indexed here have no
 * combining sequences for which the two would differ.
 */
public final class NfkcCharFilter extends BaseCharFilter {

    private String output;
    private int position;

    public NfkcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (output == null) {
            output = normalise(readAll());
        }
        if (position >= output.length()) {
            return -1;
        }
        int n = Math.min(len, output.length() - position);
        output.getChars(position, position + n, cbuf, off);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = input.read(buffer)) > 0) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    /**
     * NFKC per code point, recording an offset correction wherever the length changes. This runs on every
     * field of every document of the index, and nearly all published text is printable ASCII and common Han,
     * which NFKC leaves alone: such text is returned as it is without asking the normaliser.
     */
    private String normalise(String in) {
        if (!mayChange(in)) {
            return in;
        }
        StringBuilder out = new StringBuilder(in.length());
        int i = 0;
        while (i < in.length()) {
            int cp = in.codePointAt(i);
            int width = Character.charCount(cp);
            if (isStable(cp)) {
                out.appendCodePoint(cp);
                i += width;
                continue;
            }
            String mapped = width == 1 ? mapped((char) cp)
                    : Normalizer.normalize(in.substring(i, i + width), Normalizer.Form.NFKC);
            int before = out.length() - i;
            out.append(mapped);
            i += width;
            int after = out.length() - i;
            if (after != before) {
                addOffCorrectMap(out.length(), -after);
            }
        }
        return out.toString();
    }

    /**
     * Each BMP character's NFKC form, filled as characters are met: published text repeats the same few
     * full-width marks (，：（）) in every field, and asking the normaliser for each costs more than the rest of the
     * analysis. Threads may fill a slot twice with equal strings, which is harmless.
     */
    private static final String[] MAPPED = new String[Character.MAX_VALUE + 1];

    private static String mapped(char c) {
        String known = MAPPED[c];
        if (known == null) {
            known = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            MAPPED[c] = known;
        }
        return known;
    }

    /** False when every character is NFKC-stable by {@link #isStable}. */
    static boolean mayChange(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isStable(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** ASCII and the CJK unified ideographs (U+4E00–U+9FFF) are their own NFKC form; anything else is asked. */
    private static boolean isStable(int cp) {
        return cp < 0xA0 || (cp >= 0x4E00 && cp <= 0x9FFF);
    }
}
