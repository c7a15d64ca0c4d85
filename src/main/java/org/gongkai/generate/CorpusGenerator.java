package org.gongkai.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.write.DisclosureWriter;
import org.gongkai.generate.Atlas.OfficePlan;

/**
 * Writes a content directory of made-up offices and projects shaped like the real seeds, for tests and benchmarks:
 * the same {@link CorpusShape} always gives byte-identical files. Files are written one at a time; only the region
 * tree and one office's year are held in memory, so a province of 100,000 projects takes no more than a county.
 */
public final class CorpusGenerator {

    /** What was written: counts for a summary line. {@code rows} are the projects' indicator rows. */
    public record Written(int offices, long projects, long rows, long files, long bytes) {}

    private final CorpusShape shape;
    private final Vocabulary vocabulary = Vocabulary.STANDARD;
    private final DisclosureWriter writer = new DisclosureWriter();

    public CorpusGenerator(CorpusShape shape) {
        this.shape = shape;
    }

    /** Writes the corpus into {@code dir}, creating it; files already there with the same names are replaced. */
    public Written write(Path dir) throws IOException {
        Atlas atlas = Atlas.draw(shape, vocabulary);
        Path offices = dir.resolve("offices");
        Files.createDirectories(offices);
        Counter count = new Counter();
        count.file(dir.resolve("site.yaml"), SiteText.siteYaml(shape, atlas.province));
        count.file(dir.resolve("about.md"), SiteText.about(shape));
        for (OfficePlan plan : atlas.offices) {
            OfficeComposer composer = new OfficeComposer(shape, plan, vocabulary);
            Path folder = Files.createDirectories(offices.resolve(plan.id()));
            count.file(folder.resolve("office.yaml"), writer.writeOffice(composer.office()));
            for (int year = shape.firstYear(); year <= CorpusShape.LAST_YEAR; year++) {
                Disclosure d = composer.disclosure(year);
                count.file(folder.resolve(year + ".yaml"), writer.write(d));
                count.projects += d.projects().size();
                d.projects().forEach(p -> count.rows += p.indicators().size());
            }
        }
        return new Written(atlas.offices.size(), count.projects, count.rows, count.files, count.bytes);
    }

    /** Running totals, and the one place files are written. */
    private static final class Counter {
        long projects;
        long rows;
        long files;
        long bytes;

        void file(Path path, String text) throws IOException {
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(path, data);
            files++;
            bytes += data.length;
        }
    }
}
