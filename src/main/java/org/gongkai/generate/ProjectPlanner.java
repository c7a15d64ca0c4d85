package org.gongkai.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.generate.Atlas.OfficePlan;
import org.gongkai.generate.Vocabulary.Action;
import org.gongkai.generate.Vocabulary.Qualifier;
import org.gongkai.generate.Vocabulary.Topic;

/**
 * Names and ids for an office's projects: a topic and an action (营商环境 + 优化提升专项), so that the same kind of
 * project recurs across offices under slightly different names; unique within the office, its department's own
 * topics before the ones every office has.
 */
final class ProjectPlanner {

    /** A planned project: its name, its URL segment, and what it is about. */
    record Planned(String name, String id, Topic topic, Action action) {}

    /** The check's own pattern for doubled words (服务服务): composed names must not trip it. */
    static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,4})\\1");

    /** How often a name carries its place in front, as 六安市12345政务服务便民热线接线服务项目 does. */
    private static final int PLACE_PREFIX_PERCENT = 6;

    private final OfficePlan office;
    private final Dice dice;
    private final int wanted;
    private final List<Planned> out = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    private ProjectPlanner(OfficePlan office, Dice dice, int wanted) {
        this.office = office;
        this.dice = dice;
        this.wanted = wanted;
    }

    /**
     * {@code primary} projects in document order, then {@code extra} more that earlier years use in place of some
     * (offices start and end projects from year to year).
     */
    static List<Planned> plan(OfficePlan office, int primary, int extra, Dice dice, Vocabulary vocabulary) {
        ProjectPlanner planner = new ProjectPlanner(office, dice, primary + extra);
        List<Topic> topics = new ArrayList<>(dice.shuffled(office.department().topics()));
        topics.addAll(dice.shuffled(vocabulary.commonTopics));
        List<List<Action>> actions = new ArrayList<>();
        int most = 0;
        for (Topic t : topics) {
            List<Action> fitting = vocabulary.actions.stream().filter(a -> t.groups().indexOf(a.group()) >= 0).toList();
            actions.add(dice.shuffled(fitting));
            most = Math.max(most, fitting.size());
        }
        // Every topic once before any topic twice: small offices get the widest spread of kinds.
        for (int pass = 0; pass < most && !planner.full(); pass++) {
            for (int i = 0; i < topics.size() && !planner.full(); i++) {
                if (pass < actions.get(i).size()) {
                    planner.offer(topics.get(i), actions.get(i).get(pass), "", "");
                }
            }
        }
        for (Qualifier q : vocabulary.qualifiers) {
            planner.offerAll(topics, actions, q.text(), q.initials());
        }
        for (int batch = 4; !planner.full(); batch++) {
            planner.offerAll(topics, actions, "（第" + batch + "批）", "d" + batch + "p");
        }
        List<Planned> ordered = new ArrayList<>(dice.shuffled(planner.out.subList(0, primary)));
        ordered.addAll(planner.out.subList(primary, planner.out.size()));
        return ordered;
    }

    private boolean full() {
        return out.size() >= wanted;
    }

    private void offerAll(List<Topic> topics, List<List<Action>> actions, String qualifier, String initials) {
        for (int i = 0; i < topics.size() && !full(); i++) {
            for (Action a : actions.get(i)) {
                if (!full()) {
                    offer(topics.get(i), a, qualifier, initials);
                }
            }
        }
    }

    private void offer(Topic topic, Action action, String qualifier, String qualifierInitials) {
        boolean placed = dice.chance(PLACE_PREFIX_PERCENT);
        String name = (placed ? office.place().name() : "") + topic.name() + action.name() + qualifier;
        if (DOUBLED.matcher(name).find() || !names.add(name)) {
            return;
        }
        String base = (placed ? office.place().initials() : "") + topic.initials() + action.initials() + qualifierInitials;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        out.add(new Planned(name, id, topic, action));
    }
}
