package org.gongkai.content.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.text.Names;

/**
 * Reads the fields of one YAML mapping into typed values, reporting each wrong or missing field as a
 * finding at its position and carrying on, so that one run shows every problem of a file.
 *
 * <p>After an error the returned value is a harmless placeholder; callers discard the whole file when
 * {@link #failed()} says so.
 */
final class MapReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SIGNED_AMOUNT = Pattern.compile("-\\s*\\d+(\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private final MapReader parent;
    private final YamlNode.Mapping map;
    private final String what;
    private final Findings findings;
    private final Set<String> used = new HashSet<>();
    private boolean failed;

    private MapReader(MapReader parent, YamlNode.Mapping map, String what, Findings findings) {
        this.parent = parent;
        this.map = map;
        this.what = what;
        this.findings = findings;
    }

    /** A reader for {@code node}, which must be a mapping; {@code what} names it in messages (e.g. "项目"). */
    static Optional<MapReader> of(YamlNode node, String what, Findings findings) {
        return of(null, node, what, findings);
    }

    /** A reader for a mapping nested in this one (a field or a list item); its failure is this one's too. */
    Optional<MapReader> nested(YamlNode node, String what) {
        return of(this, node, what, findings);
    }

    private static Optional<MapReader> of(MapReader parent, YamlNode node, String what, Findings findings) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MapReader(parent, m, what, findings));
        }
        findings.error("type.mapping", node.at(), what + "应为“键: 值”形式的映射，实际为" + node.kindName() + "。");
        if (parent != null) {
            parent.markFailed();
        }
        return Optional.empty();
    }

    /** Where {@code key}'s value stands, or the mapping itself when the key is not there. */
    SourcePosition at(String key) {
        return node(key).map(YamlNode::at).orElse(map.at());
    }

    SourcePosition at() {
        return map.at();
    }

    boolean failed() {
        return failed;
    }

    /** Where the value of {@code key} stands, or this mapping's own position when the key is absent. */
    SourcePosition positionOf(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.at() : entry.value().at();
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    String text(String key, String label) {
        return optionalText(key, label).orElseGet(() -> {
            missing(key, label);
            return "";
        });
    }

    Optional<String> optionalText(String key, String label) {
        return node(key).flatMap(n -> scalar(n, key, label).map(YamlNode.Scalar::text));
    }

    /** A yes-or-no setting (true or false), or {@code fallback} where it is not given. */
    boolean flag(String key, String label, boolean fallback) {
        Optional<String> value = optionalText(key, label);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error("type.flag", node(key).map(YamlNode::at).orElse(map.at()), label + "应为 true 或 false，实际为“"
                        + value.get() + "”。请写 true（是）或 false（否）。");
                yield fallback;
            }
        };
    }

    String id(String key, String label) {
        Optional<String> value = optionalText(key, label);
        if (value.isEmpty()) {
            missing(key, label);
            return "";
        }
        String id = value.get();
        if (!ID.matcher(id).matches()) {
            error("id.invalid", node(key).map(YamlNode::at).orElse(map.at()), label + "“" + id
                    + "”不能用作网址的一部分：只能用小写英文字母、数字和连字符“-”，以字母或数字开头，最长 64 个字符"
                    + (id.contains("/") || id.contains("\\") || id.contains("..") ? "，不能含有“/”“\\”或“..”" : "")
                    + "。例如：luan-szfb。");
        }
        return id;
    }

    Money money(String key, String label) {
        return optionalMoney(key, label).orElseGet(() -> {
            missing(key, label);
            return new Money(BigDecimal.ZERO, map.at());
        });
    }

    Optional<Money> optionalMoney(String key, String label) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode.Scalar> scalar = scalar(node.get(), key, label);
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar.get().text().trim();
        SourcePosition at = scalar.get().at();
        if (AMOUNT.matcher(text).matches()) {
            return Optional.of(new Money(new BigDecimal(text), at));
        }
        if (SIGNED_AMOUNT.matcher(text).matches()) {
            error("amount.negative", at, label + "不能为负数（“" + text + "”）。请填写公开文件中印刷的金额。");
        } else if (text.matches("-?\\d+(\\.\\d+)?\\s*(万元|元|万)")) {
            error("amount.with-unit", at, label + "应只写数字，不带单位（“" + text + "”）。请写成 "
                    + text.replaceAll("[^0-9.\\-]", "") + "；单位在表格的 unit 字段中设置，默认为万元。");
        } else if (text.matches("[\\d,，]+(\\.\\d+)?")) {
            error("amount.grouping", at, label + "不能含千位分隔符（“" + text + "”）。请写成 "
                    + text.replaceAll("[,，]", "") + "。");
        } else {
            error("amount.invalid", at, label + "应为金额数字，例如 1132.20，实际为“" + text + "”。");
        }
        return Optional.of(new Money(BigDecimal.ZERO, at));
    }

    int count(String key, String label) {
        return optionalCount(key, label).orElseGet(() -> {
            missing(key, label);
            return 0;
        });
    }

    OptionalInt optionalCount(String key, String label) {
        Optional<YamlNode.Scalar> scalar = node(key).flatMap(n -> scalar(n, key, label));
        if (scalar.isEmpty()) {
            return OptionalInt.empty();
        }
        String text = scalar.get().text().trim();
        if (COUNT.matcher(text).matches()) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        error("type.count", scalar.get().at(), label + "应为非负整数，实际为“" + text + "”。");
        return OptionalInt.of(0);
    }

    Optional<LocalDate> optionalDate(String key, String label) {
        Optional<YamlNode.Scalar> scalar = node(key).flatMap(n -> scalar(n, key, label));
        if (scalar.isEmpty() || scalar.get().isNull()) {
            return Optional.empty();
        }
        String text = scalar.get().text().trim();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            error("type.date", scalar.get().at(), label + "应为“年-月-日”格式的日期，例如 2024-02-10，实际为“" + text + "”。");
            return Optional.empty();
        }
    }

    /** A date that must be given: absent and empty are both reported as missing. */
    Optional<LocalDate> date(String key, String label) {
        boolean given = node(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull())).isPresent();
        if (!given) {
            missing(key, label);
            return Optional.empty();
        }
        return optionalDate(key, label);
    }

    Optional<MapReader> optionalMap(String key, String label) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return nested(node.get(), label);
    }

    Optional<MapReader> map(String key, String label) {
        Optional<MapReader> reader = optionalMap(key, label);
        if (reader.isEmpty() && !has(key)) {
            missing(key, label);
        }
        return reader;
    }

    /** The items of a list field; an absent or empty field gives an empty list. */
    List<YamlNode> list(String key, String label) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        error("type.list", node.get().at(), label + "（" + key + "）应为列表，每项以“- ”开头，实际为" + node.get().kindName() + "。");
        return List.of();
    }

    /** Reports keys this reader never asked for, with the nearest known key as a likely fix. */
    void rejectUnknownKeys(List<String> known) {
        for (YamlNode.Entry entry : map.entries().values()) {
            String key = entry.key().name();
            if (!used.contains(key) && !known.contains(key)) {
                String hint = nearest(key, known).map(k -> "是否应为“" + k + "”？").orElse("");
                error("field.unknown", entry.key().at(), what + "中有未知字段“" + key + "”。" + hint
                        + "可用的字段：" + String.join("、", known) + "。");
            }
        }
    }

    /** Marks this mapping failed because a nested value was wrong and has already been reported. */
    void markFailed() {
        for (MapReader r = this; r != null; r = r.parent) {
            r.failed = true;
        }
    }

    void error(String rule, SourcePosition at, String message) {
        markFailed();
        findings.error(rule, at, message);
    }

    Findings findings() {
        return findings;
    }

    /** Text of a scalar list item, or an error naming the list. */
    static Optional<String> itemText(YamlNode node, String label, Findings findings) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s.text());
        }
        findings.error("type.text", node.at(), label + "的每一项应为文本，实际为" + node.kindName() + "。");
        return Optional.empty();
    }

    /** The value of {@code key} as it stands, of whatever kind, for fields that take more than one shape. */
    Optional<YamlNode> optionalNode(String key) {
        return node(key);
    }

    private Optional<YamlNode> node(String key) {
        used.add(key);
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    private Optional<YamlNode.Scalar> scalar(YamlNode node, String key, String label) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        error("type.text", node.at(), label + "（" + key + "）应为文本，实际为" + node.kindName() + "。");
        return Optional.empty();
    }

    private void missing(String key, String label) {
        error("field.missing", map.at(), what + "缺少必填字段“" + key + "”（" + label + "）。请添加一行“" + key + ": …”。");
    }

    private static Optional<String> nearest(String key, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = Names.distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }
}
