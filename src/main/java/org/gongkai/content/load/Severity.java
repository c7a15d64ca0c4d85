package org.gongkai.content.load;

/** How much a finding matters to the publisher; errors stop a build. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    NOTICE("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese word shown to publishers. */
    public String label() {
        return label;
    }
}
