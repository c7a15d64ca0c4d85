package org.gongkai.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The analysis chain, token by token, in the style of Lucene's assertAnalyzesTo: each token is written as
 * term[start,end] with "+0" when it stands at the same position as the one before (a Han bigram over its
 * first unigram).
 */
public class SearchAnalyzerTest {

    private static final Analyzer ANALYZER = new SearchAnalyzer();

    public static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]"
                        + (increment.getPositionIncrement() == 0 ? "+0" : ""));
            }
            ts.end();
        }
        return out;
    }

    private static void assertAnalyzesTo(String text, String... expected) throws IOException {
        assertEquals(List.of(expected), tokens(text), text);
    }

    @Test
    void hanTextGivesUnigramsAndBigrams() throws IOException {
        assertAnalyzesTo("满意度", "满[0,1]", "满意[0,2]+0", "意[1,2]", "意度[1,3]+0", "度[2,3]");
        assertAnalyzesTo("【六政秘】", "六[1,2]", "六政[1,3]+0", "政[2,3]", "政秘[2,4]+0", "秘[3,4]");
    }

    @Test
    void fullWidthFormsReadAsHalfWidthWithOriginalOffsets() throws IOException {
        assertAnalyzesTo("１２３４５", "12345[0,5]");
        assertAnalyzesTo("Ｈｅｌｌｏ世界", "hello[0,5]", "世[5,6]", "世界[5,7]+0", "界[6,7]");
        assertAnalyzesTo("３．１４", "3.14[0,4]");
        assertAnalyzesTo("㎡", "m2[0,1]");
        assertAnalyzesTo("①号", "1[0,1]", "号[1,2]");
    }

    @Test
    void numbersStayWholeAndSymbolsGo() throws IOException {
        assertAnalyzesTo("12345热线", "12345[0,5]", "热[5,6]", "热线[5,7]+0", "线[6,7]");
        assertAnalyzesTo("≥90万件", "90[1,3]", "万[3,4]", "万件[3,5]+0", "件[4,5]");
        assertAnalyzesTo("7.35万元/人", "7.35[0,4]", "万[4,5]", "万元[4,6]+0", "元[5,6]", "人[7,8]");
        assertAnalyzesTo("≥95%", "95[1,3]");
        assertAnalyzesTo("2022.7-2025.7", "2022.7[0,6]", "2025.7[7,13]");
    }

    @Test
    void latinWordsAreLowerCasedAndKeptWhole() throws IOException {
        assertAnalyzesTo("APEC商务", "apec[0,4]", "商[4,5]", "商务[4,6]+0", "务[5,6]");
        assertAnalyzesTo("企业 and 群众", "企[0,1]", "企业[0,2]+0", "业[1,2]", "and[3,6]", "群[7,8]", "群众[7,9]+0", "众[8,9]");
        assertAnalyzesTo("A1B2", "a1b2[0,4]");
        assertAnalyzesTo("don't", "don't[0,5]");
    }

    @Test
    void supplementaryHanCharactersAreOneToken() throws IOException {
        assertAnalyzesTo("𠮷野家", "𠮷[0,2]", "𠮷野[0,3]+0", "野[2,3]", "野家[2,4]+0", "家[3,4]");
    }
}
