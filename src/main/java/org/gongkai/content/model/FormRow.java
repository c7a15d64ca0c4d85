package org.gongkai.content.model;

/**
 * A row of a form that has no field of its own, kept as the form printed it: its label and its text, as in
 * 项目类别 / 专项业务费 or 填表人 / 张三. Nothing a form prints is dropped for want of a field.
 */
public record FormRow(String label, String text, SourcePosition at) {}
