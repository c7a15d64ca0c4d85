package org.gongkai.site.compare;

import java.util.List;

/** Projects of one kind, from at least two offices or years, in the order of office id, year and project. */
public record Group(GroupKey key, List<ProjectRef> members) {

    public Group {
        members = List.copyOf(members);
    }

    public long officeCount() {
        return members.stream().map(ProjectRef::officeId).distinct().count();
    }
}
