package org.gongkai.export;

/** One column of a download table: its header, its type, and what it holds, as the data page explains it. */
public record Column(String name, FieldType type, String title, String description) {}
