package org.gongkai.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Original;
import org.gongkai.content.model.OverallBudget;

/**
 * Streams one disclosure as a single-line JSON object: its columns, then its projects each with their indicator
 * rows, then the 整体支出 table's rows. Field names are the CSV headers; amounts are strings, so that no reader
 * turns 24.40 into the double 24.4 or 0.1 into 0.1000000000000000055; a cell the source left out is null.
 */
final class DisclosureJson implements AutoCloseable {

    static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    DisclosureJson(Path file, DisclosureScope scope) throws IOException {
        json = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8);
        Disclosure d = scope.disclosure();
        json.writeStartObject();
        fields(Downloads.DISCLOSURE_COLUMNS, scope.values());
        text("title", d.title());
        text("published", d.published().map(Object::toString));
        text("approved", d.approved().map(Object::toString));
        json.writeStringField("url", scope.yearUrl());
        // 原文出处, only where the year file names it.
        if (d.original().isPresent()) {
            Original o = d.original().get();
            json.writeObjectFieldStart("original");
            json.writeStringField("url", o.url());
            text("title", o.title());
            text("published_by", o.publishedBy());
            text("retrieved", o.retrieved().map(Object::toString));
            text("sha256", o.sha256());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("projects");
    }

    void startProject(List<String> values) throws IOException {
        json.writeStartObject();
        fields(Downloads.PROJECT_COLUMNS, values);
        json.writeArrayFieldStart("indicators");
    }

    void row(List<String> values) throws IOException {
        json.writeStartObject();
        fields(Downloads.ROW_COLUMNS, values);
        json.writeEndObject();
    }

    void endProject() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Ends the projects and opens the 整体支出 table, whose rows follow; its tasks stay on the year page. */
    void startOverall(Optional<OverallBudget> overall) throws IOException {
        json.writeEndArray();
        json.writeFieldName("overall");
        if (overall.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("title", overall.get().title());
        json.writeStringField("unit_name", overall.get().unitName());
        json.writeStringField("goal", overall.get().goal());
        json.writeArrayFieldStart("indicators");
    }

    void endOverall(Optional<OverallBudget> overall) throws IOException {
        if (overall.isPresent()) {
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    @Override
    public void close() throws IOException {
        json.writeEndObject();
        json.close();
    }

    private void fields(List<Column> columns, List<String> values) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String v = values.get(i);
            json.writeFieldName(c.name());
            if (v.isEmpty() && c.type() != FieldType.STRING) {
                json.writeNull();
            } else if (c.type() == FieldType.INTEGER) {
                json.writeNumber(Long.parseLong(v));
            } else {
                json.writeString(v);
            }
        }
    }

    private void text(String name, Optional<String> value) throws IOException {
        json.writeFieldName(name);
        if (value.isPresent()) {
            json.writeString(value.get());
        } else {
            json.writeNull();
        }
    }
}
