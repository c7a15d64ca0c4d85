package org.gongkai.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.generate.Vocabulary.Topic;

/**
 * Composes a 年度目标 of 40 to 200 characters from a frame (通过本项目的实施，…), the topic's work, the quantities and
 * results of its indicator table, and a closing phrase, as real goals restate their own targets.
 */
final class GoalComposer {

    static final int MIN_LENGTH = 40;
    static final int MAX_LENGTH = 200;

    private static final int ATTEMPTS = 8;

    private GoalComposer() {}

    static String compose(Vocabulary vocabulary, Topic topic, Dice shape, Map<String, String> words, List<String> measures,
            List<String> results) {
        List<String> frames = vocabulary.goals.get("frame");
        String goal = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // Later attempts quote less, for topics whose work and targets are long.
            boolean brief = attempt >= ATTEMPTS / 2;
            int m = brief ? 1 : shape.between(1, Math.min(2, measures.size()));
            int r = brief ? 1 : shape.between(1, Math.min(2, results.size()));
            Map<String, String> w = new HashMap<>(words);
            w.put("work", topic.work());
            w.put("measure", String.join("，", measures.subList(0, m)));
            w.put("result", String.join("，", results.subList(0, r)));
            w.put("closing", Fill.slots(shape.pick(vocabulary.goals.get("closing")), shape, words));
            w.put("basis", Fill.slots(shape.pick(vocabulary.goals.get("basis")), shape, words));
            goal = Fill.slots(shape.pick(frames), shape, w);
            boolean fits = goal.length() >= MIN_LENGTH && goal.length() <= MAX_LENGTH;
            if (fits && !ProjectPlanner.DOUBLED.matcher(goal).find()) {
                return goal;
            }
        }
        return goal;
    }
}
