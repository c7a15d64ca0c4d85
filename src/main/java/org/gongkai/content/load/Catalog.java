package org.gongkai.content.load;

import java.util.List;
import org.gongkai.content.model.Office;
import org.gongkai.content.model.Site;

/**
 * The small part of the content that the whole site depends on: site settings, offices, and the list of
 * year files. Year files are read one at a time afterwards, so a province's content never has to be in
 * memory at once.
 */
public record Catalog(Site site, List<Office> offices, List<DisclosureFile> disclosures) {

    public Catalog {
        offices = List.copyOf(offices);
        disclosures = List.copyOf(disclosures);
    }
}
