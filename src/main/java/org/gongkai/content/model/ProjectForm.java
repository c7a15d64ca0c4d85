package org.gongkai.content.model;

import java.util.List;
import java.util.Optional;

/**
 * What a project's form prints beyond the fields every form has, as other provinces' and years' templates print it:
 * the form's own title, the extra header fields, the longer-term goals, and every other row in the form's order.
 *
 * <p>{@code rows} are rows of the form's header that have no field of their own; {@code after} are the rows below
 * the indicator table, such as 填表人, 联系电话, 审核意见 and 注. Both keep the form's order, so a page can show them
 * where the form did.
 */
public record ProjectForm(
        Optional<String> title,
        Optional<String> category,
        Optional<String> division,
        Optional<String> overview,
        Optional<String> periodGoal,
        Optional<String> longTermGoal,
        List<FormRow> rows,
        List<FormRow> after) {

    /** The form of the seeds: nothing beyond the common fields. */
    public static final ProjectForm NONE = new ProjectForm(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

    public ProjectForm {
        rows = List.copyOf(rows);
        after = List.copyOf(after);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
