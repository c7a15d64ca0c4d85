package org.gongkai.content.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.content.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML text into a {@link YamlNode} tree with positions, refusing what content files never need:
 * anchors and aliases (the way to an alias bomb), duplicate keys (one value would be lost silently),
 * several documents in one file, and nesting deeper than any content file has.
 */
final class YamlTreeReader {

    /** Content files nest at most six levels; the margin is for readable errors, not for use. */
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private final String file;
    private final Findings findings;
    private YAMLParser parser;

    private YamlTreeReader(String file, Findings findings) {
        this.file = file;
        this.findings = findings;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setCodePointLimit((int) SourceText.MAX_BYTES);
        return options;
    }

    /** The document's root node, or empty when the text is empty or not valid YAML (with findings saying why). */
    static Optional<YamlNode> read(String text, String file, Findings findings) {
        return new YamlTreeReader(file, findings).readDocument(text);
    }

    private Optional<YamlNode> readDocument(String text) {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                findings.error("file.empty", new SourcePosition(file, 1, 1),
                        "文件为空。请填写内容，或删除该文件。");
                return Optional.empty();
            }
            Optional<YamlNode> root = node(first, 0);
            if (root.isPresent() && p.nextToken() != null) {
                findings.error("yaml.multiple-documents", here(),
                        "一个文件只能包含一个 YAML 文档。请删除多余的“---”分隔线及其后的内容，或把它移到单独的文件。");
                return Optional.empty();
            }
            return root;
        } catch (JsonProcessingException e) {
            findings.add(YamlSyntaxError.of(e, text, file, loaderOptions()));
            return Optional.empty();
        } catch (IOException e) {
            findings.error("yaml.syntax", new SourcePosition(file, 1, 1), "无法解析 YAML：" + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<YamlNode> node(JsonToken token, int depth) throws IOException {
        SourcePosition at = here();
        if (depth > MAX_DEPTH) {
            findings.error("yaml.too-deep", at, "嵌套层级超过 " + MAX_DEPTH + " 层。内容文件不需要这么深的结构，请检查缩进。");
            return Optional.empty();
        }
        if (parser.getCurrentAnchor() != null || parser.isCurrentAlias()) {
            findings.error("yaml.alias", at, "内容文件不支持 YAML 锚点和别名（& 和 *）。请把引用的内容直接写出来。");
            return Optional.empty();
        }
        switch (token) {
            case START_OBJECT:
                return mapping(at, depth);
            case START_ARRAY:
                return sequence(at, depth);
            case VALUE_NULL:
                return Optional.of(new YamlNode.Scalar("", true, false, at));
            case VALUE_STRING:
                return Optional.of(new YamlNode.Scalar(parser.getText(), false, true, at));
            default:
                return Optional.of(new YamlNode.Scalar(parser.getText(), false, false, at));
        }
    }

    private Optional<YamlNode> mapping(SourcePosition at, int depth) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        boolean ok = true;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            YamlNode.Key key = new YamlNode.Key(parser.currentName(), here());
            if (parser.isCurrentAlias()) {
                findings.error("yaml.alias", key.at(), "内容文件不支持 YAML 锚点和别名（& 和 *）。请把引用的内容直接写出来。");
                return Optional.empty();
            }
            Optional<YamlNode> value = node(parser.nextToken(), depth + 1);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            YamlNode.Entry previous = entries.get(key.name());
            if (previous != null) {
                findings.error("yaml.duplicate-key", key.at(), "键“" + key.name() + "”重复出现（第一次在第 "
                        + previous.key().at().line() + " 行）。YAML 只会保留其中一个值，另一个会丢失；请合并或删除其中一个。");
                ok = false;
            } else {
                entries.put(key.name(), new YamlNode.Entry(key, value.get()));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("YAML parser gave " + t + " inside a mapping");
        }
        return ok ? Optional.of(new YamlNode.Mapping(entries, at)) : Optional.empty();
    }

    private Optional<YamlNode> sequence(SourcePosition at, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            Optional<YamlNode> item = node(t, depth + 1);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            items.add(item.get());
        }
        return Optional.of(new YamlNode.Sequence(items, at));
    }

    private SourcePosition here() {
        JsonLocation loc = parser.currentTokenLocation();
        return new SourcePosition(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
