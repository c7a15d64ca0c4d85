package org.gongkai.site.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which projects make a comparison group, and in which order a group lists them. */
class GroupingTest {

    static final List<String> PLACES = List.of("示例省", "示例市");

    static ProjectRef project(int file, String office, int year, String id, String name) {
        return new ProjectRef(file, office, office + "名", year, id, name, Optional.of("1.00"),
                NameKey.of(name, PLACES));
    }

    static List<String> members(Group g) {
        return g.members().stream().map(Grouping::pageKey).toList();
    }

    @Test
    void twoProjectsOfOneDocumentAreNoGroup() {
        List<Group> groups = Grouping.groups(List.of(
                project(0, "a", 2024, "x", "政府会议专项经费"), project(0, "a", 2024, "y", "政府会议经费")));
        assertEquals(List.of(), groups);
    }

    @Test
    void oneOfficeInTwoYearsIsAGroupWithItsYearsSideBySide() {
        List<Group> groups = Grouping.groups(List.of(
                project(1, "b", 2025, "hy", "政府会议经费"),
                project(0, "a", 2025, "hy", "示例市政府会议经费"),
                project(2, "a", 2024, "hy", "2024年政府会议专项经费"),
                project(3, "c", 2024, "wy", "政府文印经费")));
        assertEquals(1, groups.size());
        assertEquals("政府会议", groups.get(0).key().label());
        assertEquals(List.of("a/2024/hy", "a/2025/hy", "b/2025/hy"), members(groups.get(0)));
    }

    @Test
    void aProjectOfTwoKindsIsInBothGroupsAndGroupsWithMoreOfficesComeFirst() {
        List<Group> groups = Grouping.groups(List.of(
                project(0, "a", 2024, "p", "应急、督查、外事工作经费"),
                project(1, "b", 2024, "q", "督查考核项目"),
                project(2, "c", 2024, "r", "外事工作经费"),
                project(3, "d", 2024, "s", "因公出国(境)经费")));
        assertEquals(List.of("waishi", "ducha"), groups.stream().map(g -> g.key().id()).toList());
        assertEquals(List.of("a/2024/p", "c/2024/r", "d/2024/s"), members(groups.get(0)));
        assertEquals(Map.of("a/2024/p", List.of("waishi", "ducha"), "b/2024/q", List.of("ducha"), "c/2024/r",
                List.of("waishi"), "d/2024/s", List.of("waishi")), Grouping.byProject(groups).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(GroupKey::id).toList())));
    }
}
