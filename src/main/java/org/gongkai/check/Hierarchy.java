package org.gongkai.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official indicator hierarchy: 一级 产出 / 成本 / 效益 / 满意度 and the 二级 allowed under each. Both
 * templates are accepted: the older one puts 成本 under 产出, the newer one (财预〔2021〕101号) makes 成本 a
 * 一级 of its own. Names compare without their trailing 指标, since forms write both 经济效益 and 经济效益指标.
 */
final class Hierarchy {

    static final Map<String, List<String>> LEVEL2 = Map.of(
            "产出", List.of("数量", "质量", "时效", "成本"),
            "成本", List.of("经济成本", "社会成本", "生态环境成本"),
            "效益", List.of("经济效益", "社会效益", "生态效益", "可持续影响"),
            "满意度", List.of("服务对象满意度", "满意度"));

    private Hierarchy() {}

    /** The name without its trailing 指标: 数量指标 → 数量. */
    static String stem(String name) {
        String s = name.strip();
        return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
    }

    static Optional<List<String>> level2Under(String level1) {
        return Optional.ofNullable(LEVEL2.get(stem(level1)));
    }

    static String describe(String level1) {
        return String.join("、", LEVEL2.get(stem(level1)).stream().map(s -> s + "指标").toList());
    }
}
