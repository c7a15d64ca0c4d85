package org.gongkai.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.model.Department;

/**
 * Reads a 主管部门 cell into its code and name, whichever way the form prints the code: [003]某局, ［003］某局,
 * (433001)某局, （433）某局, or 820001-某局 as budget systems export it.
 */
final class Departments {

    private static final Pattern BRACKETED = Pattern.compile(
            "[\\[［【(（]\\s*([0-9A-Za-z]+)\\s*[\\]］】)）]\\s*(.+)", Pattern.DOTALL);
    private static final Pattern DASHED = Pattern.compile("([0-9]{3,})-(.+)", Pattern.DOTALL);

    private Departments() {}

    /** Whether {@code text} is a unit printed after its code, as 820-马踏镇部门. */
    static boolean isDashed(String text) {
        return DASHED.matcher(text).matches();
    }

    static Department parse(String text) {
        for (Pattern p : new Pattern[] {BRACKETED, DASHED}) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                return new Department(m.group(1), m.group(2));
            }
        }
        return new Department("", text);
    }
}
