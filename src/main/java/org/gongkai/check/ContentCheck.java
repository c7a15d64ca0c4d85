package org.gongkai.check;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;

/** Loads and checks a whole content directory without building anything: what {@code gongkai check} runs. */
public final class ContentCheck {

    private final ContentLoader loader;
    private final Checker checker = new Checker();

    public ContentCheck(ContentLoader loader) {
        this.loader = loader;
    }

    /** Every finding: load errors of every file, and the rules' findings on every file that loaded. */
    public Findings run() {
        Findings findings = new Findings();
        Optional<Catalog> catalog = loader.catalog(findings);
        if (catalog.isEmpty()) {
            return findings;
        }
        Map<String, Office> offices = catalog.get().offices().stream()
                .collect(Collectors.toMap(Office::id, Function.identity()));
        catalog.get().offices().forEach(office -> checker.check(office, findings));
        for (DisclosureFile file : catalog.get().disclosures()) {
            Optional<Disclosure> d = loader.disclosure(file, findings);
            d.ifPresent(disclosure -> checker.check(disclosure, offices.get(disclosure.officeId()), findings));
        }
        return findings;
    }
}
