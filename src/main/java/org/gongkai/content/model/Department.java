package org.gongkai.content.model;

/** The 主管部门及代码 field: a code local to its region, printed as [003], and the department's name. */
public record Department(String code, String name) {

    /** The field as the form prints it, e.g. "[003]六安市人民政府办公室". */
    public String printed() {
        return code.isEmpty() ? name : "[" + code + "]" + name;
    }
}
