package org.gongkai.site;

import org.gongkai.search.web.BrowserIndex;

/** What the search page tells its script about the browser index: where to read and how it is laid out. */
final class SearchView {

    private SearchView() {}

    static Pages.Search of(BrowserIndex.Manifest m, String address) {
        return new Pages.Search(m.version(), m.shards(), m.phraseShards(), m.projects(), m.rows(), m.projectChunk(),
                address);
    }
}
