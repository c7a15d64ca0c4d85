package org.gongkai.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;

/** The bundled seed content, loaded once for the tests that compare something with it. */
public final class Seeds {

    public static final Path CONTENT = Path.of("content");

    private static Catalog catalog;
    private static List<Disclosure> disclosures;

    private Seeds() {}

    public static synchronized Catalog catalog() {
        load();
        return catalog;
    }

    public static synchronized List<Disclosure> disclosures() {
        load();
        return disclosures;
    }

    private static void load() {
        if (catalog != null) {
            return;
        }
        ContentLoader loader = new ContentLoader(CONTENT);
        Findings findings = new Findings();
        Catalog c = loader.catalog(findings).orElseThrow(() -> new AssertionError(findings.sorted()));
        List<Disclosure> list = new ArrayList<>();
        for (DisclosureFile file : c.disclosures()) {
            list.add(loader.disclosure(file, findings).orElseThrow(() -> new AssertionError(findings.sorted())));
        }
        catalog = c;
        disclosures = List.copyOf(list);
    }
}
