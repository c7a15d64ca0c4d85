package org.gongkai.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.Site;

/**
 * The bulk downloads: each disclosure's CSV, JSON and data package are written beside its year page while the
 * site is rendered, then joined, streaming and in the order given, into the site-wide files under
 * {@link Downloads#SITE_FOLDER}, so that memory does not grow with the number of projects.
 */
public final class OpenData {

    private final Path root;
    private final Site site;

    /** Downloads for {@code site} written below {@code siteRoot}, the staging folder of the build. */
    public OpenData(Path siteRoot, Site site) {
        this.root = siteRoot;
        this.site = site;
    }

    /**
     * Writes one disclosure's downloads into the folder of its year page {@code yearPage} (relative to the root,
     * ending in a slash); project ids cannot contain a dot, so the file names never meet a project's folder. Safe
     * to call from several threads for different disclosures.
     */
    public void disclosure(Office office, String regionId, String regionPath, Disclosure d, String yearPage,
            String title) throws IOException {
        Path folder = root.resolve(yearPage);
        Files.createDirectories(folder);
        String yearUrl = site.baseUrl() + yearPage;
        DisclosureScope scope = new DisclosureScope(office, regionId, regionPath, d, yearUrl);
        List<String> prefix = scope.values();
        try (CsvTable projects = CsvTable.create(Downloads.PROJECTS, folder.resolve(Downloads.PROJECTS.file()));
                CsvTable indicators = CsvTable.create(Downloads.INDICATORS,
                        folder.resolve(Downloads.INDICATORS.file()));
                DisclosureJson json = new DisclosureJson(folder.resolve(Downloads.JSON_FILE), scope)) {
            int number = 1;
            for (Project p : d.projects()) {
                String url = yearUrl + p.id() + "/";
                List<String> values = ProjectRow.values(p, number++, url);
                projects.row(join(prefix, values));
                json.startProject(values);
                List<String> owner = List.of("project", p.id(), p.name());
                rows(p.indicators(), d.year(), url, join(prefix, owner), indicators, json);
                json.endProject();
            }
            json.startOverall(d.overall());
            if (d.overall().isPresent()) {
                rows(d.overall().get().indicators(), d.year(), yearUrl, join(prefix, List.of("overall", "", "")),
                        indicators, json);
            }
            json.endOverall(d.overall());
        }
        DataPackage.write(folder.resolve(Downloads.PACKAGE_FILE), office.id() + "-" + d.year(),
                title, yearUrl, site.licenceStatement(),
                Optional.of(new Years(d.year(), d.year())), d.original());
    }

    /**
     * Joins the disclosures' files, from the year folders {@code parts} in their order, into the site-wide
     * downloads, and adds their data package and the content's JSON Schema. Every file must have been written by
     * {@link #disclosure}, in this build or, for a year carried over unchanged, in an earlier one.
     */
    public void siteWide(List<Path> parts, Optional<Years> years) throws IOException {
        Path folder = root.resolve(Downloads.SITE_FOLDER);
        Files.createDirectories(folder);
        for (Table table : Downloads.TABLES) {
            joinCsv(table, parts, folder.resolve(table.file()));
        }
        joinJson(parts, folder.resolve(Downloads.JSON_FILE));
        DataPackage.write(folder.resolve(Downloads.PACKAGE_FILE), "gongkai-site", site.title(),
                site.baseUrl(), site.licenceStatement(), years, Optional.empty());
        Path schemas = folder.resolve(Downloads.SCHEMA_FOLDER);
        Files.createDirectories(schemas);
        for (String name : Downloads.SCHEMA_FILES) {
            try (InputStream in = OpenData.class.getResourceAsStream("/schema/" + name)) {
                if (in == null) {
                    throw new IOException("内容 JSON Schema 未打包进程序：" + name);
                }
                Files.copy(in, schemas.resolve(name));
            }
        }
    }

    private static void rows(List<IndicatorRow> rows, int year, String pageUrl, List<String> prefix,
            CsvTable indicators, DisclosureJson json) throws IOException {
        int number = 1;
        for (IndicatorRow row : rows) {
            List<String> values = RowReading.values(row, number++, year, pageUrl);
            indicators.row(join(prefix, values));
            json.row(values);
        }
    }

    private static void joinCsv(Table table, List<Path> parts, Path target) throws IOException {
        byte[] head = CsvTable.head(table);
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(head));
            for (Path folder : parts) {
                Path part = folder.resolve(table.file());
                try (FileChannel in = FileChannel.open(part)) {
                    byte[] partHead = new byte[head.length];
                    in.read(ByteBuffer.wrap(partHead));
                    if (!Arrays.equals(head, partHead)) {
                        throw new IOException(part + " 的表头与 " + table.file() + " 不同");
                    }
                    copyRest(in, head.length, out);
                }
            }
        }
    }

    private void joinJson(List<Path> parts, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            out.write("{\"site\":".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator site = DisclosureJson.FACTORY.createGenerator(out)) {
                site.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                site.writeStartObject();
                site.writeStringField("title", this.site.title());
                site.writeStringField("publisher", this.site.publisher());
                site.writeStringField("base_url", this.site.baseUrl());
                site.writeStringField("licence", this.site.licenceStatement());
                site.writeEndObject();
            }
            out.write(",\n\"disclosures\":[\n".getBytes(StandardCharsets.UTF_8));
            WritableByteChannel channel = Channels.newChannel(out);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                try (FileChannel in = FileChannel.open(parts.get(i).resolve(Downloads.JSON_FILE))) {
                    copyRest(in, 0, channel);
                }
            }
            out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void copyRest(FileChannel in, long from, WritableByteChannel out) throws IOException {
        long size = in.size();
        long at = from;
        while (at < size) {
            at += in.transferTo(at, size - at, out);
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
