package org.gongkai.content.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact conversions between the units of money forms print, as text, so that the scale shown is asserted too. */
class MoneyUnitsTest {

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            96.00     | 万元 | 万元 | 96.00
            253000.00 | 元   | 万元 | 25.300000
            10000     | 元   | 万元 | 1.0000
            450       | 元   | 万元 | 0.0450
            854       | 万元 | 元   | 8540000
            24.4      | 万元 | 元   | 244000
            12.5      | 千元 | 万元 | 1.25
            1.2       | 亿元 | 万元 | 12000
            3         | 万元 | 亿元 | 0.0003
            7         | 人   | 人   | 7
            7         | 元   | 人   | none
            7         | 件   | 万元 | none
            7         | 万份 | 万元 | none
            7         | 美元 | 元   | none
            """)
    void convertsByMovingThePointOnce(String value, String from, String to, String expected) {
        Optional<BigDecimal> converted = MoneyUnits.convert(new BigDecimal(value), from, to);
        assertEquals(expected, converted.map(BigDecimal::toPlainString).orElse("none"));
    }
}
