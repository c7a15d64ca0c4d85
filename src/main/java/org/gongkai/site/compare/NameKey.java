package org.gongkai.site.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.content.text.Names;

/**
 * The comparison keys of a project name. A name with a word of a {@link Kind} belongs to that kind (to each
 * kind whose word it holds); any other name is keyed by what remains of it once the year, the office's own
 * place names and generic endings are taken away, so that 2024年政府会议专项经费 and 政府会议经费 meet.
 */
public final class NameKey {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(年度|年)?");
    private static final Pattern QUOTES = Pattern.compile("[\"']");
    /** Endings that say what a line of the budget is, not what it is for. */
    private static final List<String> ENDINGS = List.of("项目", "经费", "专项", "资金", "费用", "工作");
    private static final Pattern PLACE_ENDING = Pattern.compile("(省|市|县|区)$");

    private NameKey() {}

    /** The keys of {@code name} for a project of an office in {@code places} (the office and its regions). */
    public static List<GroupKey> of(String name, List<String> places) {
        String normalised = Names.normalised(name);
        List<GroupKey> kinds = java.util.Arrays.stream(Kind.values())
                .filter(k -> k.matches(normalised)).map(Kind::key).toList();
        if (!kinds.isEmpty()) {
            return kinds;
        }
        String stripped = stripped(name, places);
        return List.of(new GroupKey("n-" + digest(stripped), stripped,
                "项目名称去掉年份、地名和“项目、经费、专项、资金、费用、工作”等字样后同为“" + stripped + "”"));
    }

    /** The name without year, place names, quotes and generic endings; the whole name if nothing would remain. */
    static String stripped(String name, List<String> places) {
        String s = QUOTES.matcher(YEAR.matcher(Names.normalised(name)).replaceAll("")).replaceAll("");
        for (String place : placeForms(places)) {
            s = s.replace(place, "");
        }
        s = s.replace("()", "");
        boolean again = true;
        while (again) {
            again = false;
            for (String ending : ENDINGS) {
                if (s.endsWith(ending) && s.length() > ending.length()) {
                    s = s.substring(0, s.length() - ending.length());
                    again = true;
                }
            }
        }
        return s.isEmpty() || ENDINGS.contains(s) ? Names.normalised(name) : s;
    }

    /** Each place as written and without its 省/市/县/区 (六安市 and 六安), longest first so that 六安市 goes whole. */
    private static List<String> placeForms(List<String> places) {
        Set<String> forms = new LinkedHashSet<>();
        for (String place : places) {
            String p = Names.normalised(place);
            forms.add(p);
            String bare = PLACE_ENDING.matcher(p).replaceAll("");
            if (bare.length() >= 2) {
                forms.add(bare);
            }
        }
        return forms.stream().filter(f -> !f.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** A short URL segment for a key of Chinese text: stable for the same key, whatever else the site holds. */
    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
