package org.gongkai.export;

import java.util.List;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.Office;

/** One disclosure with what its rows need to say where they come from: its office, region and page address. */
record DisclosureScope(Office office, String regionId, String regionPath, Disclosure disclosure, String yearUrl) {

    /** The values of {@link Downloads#DISCLOSURE_COLUMNS}. */
    List<String> values() {
        return List.of(office.id(), office.name(), regionId, regionPath, office.code(),
                String.valueOf(disclosure.year()));
    }
}
