package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms a clause of a query is looked up by: the analysed tokens, where a run of two or more Han
 * characters keeps only its bigrams (every substring of the run contains them, so recall is complete) and
 * a single Han character keeps its unigram.
 */
final class QueryText {

    private QueryText() {}

    /** A query term with its position relative to the clause's first term. */
    record Positioned(String term, int position) {}

    static List<String> terms(Analyzer analyzer, String text) {
        return positioned(analyzer, text).stream().map(Positioned::term).distinct().toList();
    }

    /**
     * The clause's terms with their positions, as a phrase: a Han bigram stands at the position of its first
     * character, so 满意度 is 满意 at 0 and 意度 at 1.
     */
    static List<Positioned> positioned(Analyzer analyzer, String text) {
        record Token(String term, int start, int end, boolean bigram) {}
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement() == 0));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Positioned> terms = new ArrayList<>();
        int position = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.bigram()) {
                position++;
            }
            boolean han = isHan(t.term());
            // A Han unigram is in a run when a bigram follows it (it starts one) or precedes it (it ends one).
            boolean inBigramRun = t.bigram() || (i + 1 < tokens.size() && tokens.get(i + 1).bigram())
                    || (i > 0 && tokens.get(i - 1).bigram());
            if (!han || t.bigram() || !inBigramRun) {
                terms.add(new Positioned(t.term(), position));
            }
        }
        return terms;
    }

    /** True when the clause must be found as typed: it has two or more Han characters, or was quoted. */
    static boolean needsExactCheck(String text, boolean quoted) {
        if (quoted) {
            return true;
        }
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        return han >= 2;
    }

    private static boolean isHan(String term) {
        return !term.isEmpty() && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
