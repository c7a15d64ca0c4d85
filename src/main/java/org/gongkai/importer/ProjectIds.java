package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Makes the projects' URL segments from the pinyin initials of their names, so that links stay readable and
 * stable when a document is imported again.
 */
final class ProjectIds {

    static final int MAX_LENGTH = 24;

    private ProjectIds() {}

    /** Ids for the names in order; a repeated id gets -2, -3 … in the order the names appear. */
    static List<String> assign(List<String> names) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : names) {
            String base = initials(name);
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The first letter of each Han character's first reading, and ASCII letters and digits, lowercased. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < MAX_LENGTH; i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()
                    && Character.isLetter(readings[0].charAt(0)) && readings[0].charAt(0) < 128) {
                sb.append(readings[0].substring(0, 1).toLowerCase(Locale.ROOT));
            }
        }
        // A name without any Han character or ASCII letter still needs a valid segment.
        return sb.length() == 0 ? "xm" : sb.toString();
    }
}
