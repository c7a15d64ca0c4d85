package org.gongkai.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain of gongkai, for indexing and for queries alike, and the chain the browser's search
 * script reproduces token for token:
 * <ol>
 *   <li>NFKC per code point (full-width forms to half-width);
 *   <li>Unicode word breaking (UAX #29), which makes each Han character a token;
 *   <li>lower case;
 *   <li>Han unigrams and bigrams, so that any substring of two or more Han characters is found exactly,
 *       with no dictionary to disagree with.
 * </ol>
 */
public final class SearchAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfkcCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NfkcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new LowerCaseFilter(source);
        chain = new CJKBigramFilter(chain, CJKBigramFilter.HAN, true);
        return new TokenStreamComponents(source, chain);
    }

    /**
     * Values of a multi-valued field (the indicator rows of a project) stand far apart, so that a phrase never
     * joins the end of one row to the start of the next.
     */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    /** The gap between values; the browser's index export applies the same one. */
    public static final int POSITION_GAP = 100;

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
