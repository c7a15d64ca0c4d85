package org.gongkai.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Original;

/**
 * Writes a Frictionless Fiscal Data Package descriptor (datapackage.json) for the two CSV tables of one scope: Table
 * Schemas from {@link Downloads}, and a fiscal model whose measures are the project funds in CNY with factor 10000
 * (万元) and phase "approved", since the tables publish budgets as approved (批复).
 */
final class DataPackage {

    /** Indented with "\n" on every system, so that the bytes do not depend on where the site is built. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The amount columns, the project table's numbers (every one in 万元), in the order of the columns. */
    private static final List<String> MEASURES = Downloads.PROJECT_COLUMNS.stream()
            .filter(c -> c.type() == FieldType.NUMBER).map(Column::name).toList();

    private DataPackage() {}

    /**
     * The descriptor of one scope: {@code name} is a Data Package name (lower case, digits, -, _ and .);
     * {@code original} is the publication the data were taken from, its one source, where known.
     */
    static void write(Path file, String name, String title, String homepage, String licence,
            Optional<Years> years, Optional<Original> original) throws IOException {
        ObjectNode p = MAPPER.createObjectNode();
        // The Frictionless fiscal-data-package profile is a Tabular Data Package whose profile field must say
        // "tabular-data-package" (its allOf demands it); the model below is what makes it fiscal.
        p.put("profile", "tabular-data-package");
        p.put("name", name);
        p.put("title", title);
        p.put("description", CsvCell.EXPLANATION);
        p.put("homepage", homepage);
        p.put("countryCode", "CN");
        ObjectNode licenceNode = p.putArray("licenses").addObject();
        // "other-at" is the Open Definition's id for attribution-only terms that have no licence of their own.
        licenceNode.put("name", "other-at");
        licenceNode.put("title", licence);
        original.ifPresent(o -> {
            ObjectNode source = p.putArray("sources").addObject();
            source.put("title", o.label());
            source.put("path", o.url());
        });
        if (years.isPresent()) {
            ObjectNode period = p.putObject("fiscalPeriod");
            period.put("start", years.get().first() + "-01-01");
            period.put("end", years.get().last() + "-12-31");
        }
        ArrayNode resources = p.putArray("resources");
        resource(resources.addObject(), Downloads.PROJECTS, List.of("office_id", "year", "project_id"));
        resource(resources.addObject(), Downloads.INDICATORS,
                List.of("office_id", "year", "table", "project_id", "row"));
        model(p.putObject("model"));
        MAPPER.writeValue(file.toFile(), p);
    }

    private static void resource(ObjectNode r, Table table, List<String> primaryKey) {
        r.put("name", table.name());
        r.put("path", table.file());
        r.put("title", table.title());
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Column c : table.columns()) {
            ObjectNode f = fields.addObject();
            f.put("name", c.name());
            f.put("type", c.type().tableSchemaName());
            f.put("title", c.title());
            f.put("description", c.description());
        }
        primaryKey.forEach(schema.putArray("primaryKey")::add);
        schema.putArray("missingValues").add("");
    }

    private static void model(ObjectNode model) {
        ObjectNode measures = model.putObject("measures");
        for (String m : MEASURES) {
            ObjectNode measure = measures.putObject(m);
            measure.put("source", m);
            measure.put("resource", Downloads.PROJECTS.name());
            measure.put("currency", "CNY");
            measure.put("factor", 10000);
            measure.put("direction", "expenditure");
            measure.put("phase", "approved");
        }
        ObjectNode dimensions = model.putObject("dimensions");
        labelled(dimension(dimensions, "office", "entity", "office_id"), "office_name", "office_id");
        labelled(dimension(dimensions, "region", "location", "region_id"), "region", "region_id");
        dimension(dimensions, "date", "datetime", "year");
        labelled(dimension(dimensions, "project", "activity", "project_id"), "project_name", "project_id");
        labelled(dimension(dimensions, "department", "entity", "department_code"), "department_name",
                "department_code");
    }

    /** A dimension keyed by one column of the projects table; returns its attributes. */
    private static ObjectNode dimension(ObjectNode dimensions, String name, String type, String key) {
        ObjectNode d = dimensions.putObject(name);
        d.put("dimensionType", type);
        d.putArray("primaryKey").add(key);
        ObjectNode attributes = d.putObject("attributes");
        attribute(attributes, key);
        return attributes;
    }

    private static void labelled(ObjectNode attributes, String label, String key) {
        attribute(attributes, label).put("labelfor", key);
    }

    private static ObjectNode attribute(ObjectNode attributes, String column) {
        ObjectNode a = attributes.putObject(column);
        a.put("source", column);
        a.put("resource", Downloads.PROJECTS.name());
        return a;
    }
}
