package org.gongkai.site.compare;

import java.util.List;

/**
 * Projects of one kind, from at least two offices or years, in the order of office id, year and project. The
 * office count is kept, not recounted: groups are sorted by it, and a group can hold thousands of projects.
 */
public record Group(GroupKey key, List<ProjectRef> members, int officeCount) {

    public Group(GroupKey key, List<ProjectRef> members) {
        this(key, List.copyOf(members), (int) members.stream().map(ProjectRef::officeId).distinct().count());
    }
}
