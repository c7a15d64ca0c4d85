package org.gongkai.content.model;

import java.util.List;

/** The 项目支出绩效目标公开清单 as the document prints it. */
public record PublishedList(String title, String unit, List<ListItem> items) {

    public PublishedList {
        items = List.copyOf(items);
    }
}
