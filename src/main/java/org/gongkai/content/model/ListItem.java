package org.gongkai.content.model;

/** A row of the 公开清单: its 序号 as printed, the project name, and the amount with its printed precision. */
public record ListItem(String number, String name, Money amount, SourcePosition at) {}
