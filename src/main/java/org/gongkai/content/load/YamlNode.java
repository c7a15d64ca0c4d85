package org.gongkai.content.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.model.SourcePosition;

/** A parsed YAML value that remembers where it stood, so every error can point at its line and column. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourcePosition at();

    /** The Chinese word for this node's kind, for messages such as "应为文本，实际为列表". */
    String kindName();

    /**
     * A scalar with its text exactly as written; {@code isNull} for an empty value or {@code ~}.
     * {@code isString} distinguishes a quoted or non-numeric scalar from a plain number or boolean.
     */
    record Scalar(String text, boolean isNull, boolean isString, SourcePosition at) implements YamlNode {
        @Override
        public String kindName() {
            return "文本";
        }
    }

    /** A key in a mapping, with its own position for messages about the key itself. */
    record Key(String name, SourcePosition at) {}

    record Mapping(Map<String, Entry> entries, SourcePosition at) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String kindName() {
            return "键值映射";
        }
    }

    record Entry(Key key, YamlNode value) {}

    record Sequence(List<YamlNode> items, SourcePosition at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "列表";
        }
    }
}
