package org.gongkai.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search analyzer, with a last filter that notes the hash of every term it gives into the calling thread's
 * current set: what a disclosure's documents hold is learnt while Lucene analyses them, not by a second analysis.
 * The terms themselves are the wrapped analyzer's, untouched.
 */
final class TermRecorder extends AnalyzerWrapper {

    private final Analyzer analyzer;
    private final ThreadLocal<TermHashes> current = new ThreadLocal<>();

    TermRecorder(Analyzer analyzer) {
        super(analyzer.getReuseStrategy());
        this.analyzer = analyzer;
    }

    /** Notes the terms analysed on this thread into {@code into} until {@link #stop}. */
    void start(TermHashes into) {
        current.set(into);
    }

    void stop() {
        current.remove();
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new Noting(components.getTokenStream()));
    }

    private final class Noting extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private TermHashes into;

        Noting(TokenStream input) {
            super(input);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            // Looked up once a field value, not once a token.
            into = current.get();
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (into != null) {
                into.add(TermHashes.of(term.buffer(), term.length()));
            }
            return true;
        }
    }
}
