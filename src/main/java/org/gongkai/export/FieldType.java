package org.gongkai.export;

/** The Frictionless Table Schema type of a download column, which says how its text is to be read. */
public enum FieldType {
    STRING("string"),
    INTEGER("integer"),
    /** An exact decimal written as plain digits, never in scientific notation. */
    NUMBER("number");

    private final String tableSchemaName;

    FieldType(String tableSchemaName) {
        this.tableSchemaName = tableSchemaName;
    }

    /** The type's name in a Table Schema. */
    public String tableSchemaName() {
        return tableSchemaName;
    }
}
