package org.gongkai.content.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way money is printed: a form's own figure as printed, a computed amount exact with at least two places. */
class MoneyTest {

    private static final SourcePosition AT = new SourcePosition("2025.yaml", 1, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // Conversions from 元 to 万元, as Funds moves the point.
        "25.300000, 25.30", "25.345678, 25.345678", "0.1000, 0.10", "0.0001, 0.0001", "854.0000, 854.00",
        "0.079455, 0.079455", "81.466298, 81.466298",
        // Zero in every scale, and no more than two places for it.
        "0, 0.00", "0.00, 0.00", "0.000000, 0.00", "0E+3, 0.00",
        // Sums and differences that have fewer than two places get them; more are kept, never rounded.
        "34.9, 34.90", "120, 120.00", "120.00, 120.00", "1132.2000, 1132.20", "0.012300, 0.0123",
        "0.000000001, 0.000000001", "1.23456789012345678901, 1.23456789012345678901",
        // Large amounts and those a BigDecimal holds with a negative scale are plain digits, never 1E+10.
        "1E+10, 10000000000.00", "12345678901234567890.5, 12345678901234567890.50", "8.54E+6, 8540000.00",
        // Negative amounts (a difference before its sign is dropped) print the same way.
        "-0.5, -0.50", "-25.300000, -25.30", "-1E+3, -1000.00"})
    void computedAmountsAreExactWithAtLeastTwoPlaces(String exact, String printed) {
        assertEquals(printed, Money.computed(new BigDecimal(exact)));
        assertEquals(0, new BigDecimal(exact).compareTo(new BigDecimal(printed)), "the same amount");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"96.00", "24.4", "96", "0.00", "0", "1132.2000", "253000.00", "12345678901234567890.123"})
    void aFormsOwnFigureKeepsEveryPrintedDigit(String text) {
        assertEquals(text, new Money(new BigDecimal(text), AT).printed());
    }

    @Test
    void aPrintedAmountIsNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("-1"), AT));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"元, 253000.00, 25.30", "元, 253456.78, 25.345678", "元, 1000, 0.10", "元, 0.00, 0.00",
        "元, 8540000, 854.00", "万元, 3.50, 3.50", "万元, 24.4, 24.4", "万元, 96, 96", "万元, 1132.2000, 1132.2000",
        "千元, 1234.5, 123.45", "亿元, 1.2, 12000.00", "公里, 7.5, 7.5"})
    void anAmountOfAFormIsPrintedInWanAsItsFormPrintedItOrConverted(String unit, String amount, String printed) {
        Money money = new Money(new BigDecimal(amount), AT);
        Funds funds = new Funds(unit, Optional.of(money), List.of(), Map.of());
        assertEquals(printed, funds.printedInWan(money));
        assertEquals(Optional.of(printed), funds.totalPrintedInWan());
        assertEquals(0, funds.inWan(money).compareTo(new BigDecimal(printed)), "the same amount as inWan");
    }

    @Test
    void aFormWithoutATotalPrintsNone() {
        assertEquals(Optional.empty(), new Funds("元", Optional.empty(), List.of(), Map.of())
                .totalPrintedInWan());
    }
}
