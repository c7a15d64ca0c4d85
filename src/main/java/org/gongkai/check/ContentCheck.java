package org.gongkai.check;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.content.load.Catalog;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.DisclosureFile;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;

/** Loads and checks a whole content directory without building anything: what {@code gongkai check} runs. */
public final class ContentCheck {

    private final ContentLoader loader;
    private final MarkdownRule markdown;
    private final Checker checker = new Checker();

    /** Checks the content below {@code loader}'s folder, handing the publisher's Markdown to {@code markdown}. */
    public ContentCheck(ContentLoader loader, MarkdownRule markdown) {
        this.loader = loader;
        this.markdown = markdown;
    }

    /** Every finding: load errors of every file, and the rules' findings on every file that loaded. */
    public Findings run() {
        Findings findings = new Findings();
        Optional<Catalog> catalog = loader.catalog(findings);
        if (catalog.isEmpty()) {
            return findings;
        }
        String shownRoot = loader.shownRoot();
        catalog.get().site().about().ifPresent(md -> markdown.check(shownRoot.isEmpty() ? "about.md"
                : shownRoot + "/about.md", md, Subject.NONE, findings));
        for (Office office : catalog.get().offices()) {
            office.introduction().ifPresent(md -> markdown.check(office.at().file(), md,
                    new Subject(office.id(), "", "", ""), findings));
        }
        Map<String, Office> offices = catalog.get().offices().stream()
                .collect(Collectors.toMap(Office::id, Function.identity()));
        catalog.get().offices().forEach(office -> checker.check(office, findings));
        for (DisclosureFile file : catalog.get().disclosures()) {
            Optional<Disclosure> d = loader.disclosure(file, findings);
            d.ifPresent(disclosure -> {
                checker.check(disclosure, offices.get(disclosure.officeId()), findings);
                disclosure.remarks().ifPresent(md -> markdown.check(file.shownAs(), md,
                        new Subject(disclosure.officeId(), String.valueOf(disclosure.year()), "", ""), findings));
            });
        }
        return findings;
    }
}
