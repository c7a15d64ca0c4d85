package org.gongkai.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.model.Funds;
import org.gongkai.content.model.Money;
import org.gongkai.content.model.SourcePosition;

/**
 * A project's 项目资金 in hundredths of 万元: whole numbers, so that the sources add up to the total exactly and every
 * amount prints as the exact decimal a form shows.
 */
record Budget(long total, long fiscal, long bond, long carryover, long other) {

    /**
     * A project's funds in one year: its usual size and rounding come from {@code form}, the same every year; the
     * year's change of up to a fifth either way, and how the total is split among sources, from {@code values}.
     */
    static Budget draw(char group, FormStyle style, Dice form, Dice values) {
        long usual = switch (group) {
            case 'Y' -> cents(5, 600, form);
            case 'B' -> cents(10, 3000, form);
            case 'J' -> cents(30, 2500, form);
            case 'Q' -> cents(20, 1500, form);
            case 'G' -> cents(2, 150, form);
            case 'X' -> cents(3, 300, form);
            case 'F' -> cents(5, 400, form);
            default -> cents(5, 500, form);
        };
        long total = rounded(usual * values.between(80, 120) / 100, form.between(1, 100));
        long bond = style.bond() && (group == 'J' || group == 'Q') && values.chance(20) ? share(total, 20, 60, values) : 0;
        long carryover = style.carryover() && values.chance(10) ? share(total - bond, 5, 40, values) : 0;
        long other = values.chance(12) ? share(total - bond - carryover, 5, 50, values) : 0;
        return new Budget(total, total - bond - carryover - other, bond, carryover, other);
    }

    /**
     * An amount between {@code lo} and {@code hi} 万元, as likely in each decade as in the next (budgets of 3 and of
     * 300 万元 are both common).
     */
    static long cents(int lo, int hi, Dice dice) {
        List<long[]> decades = new ArrayList<>();
        for (long from = 1; from < hi; from *= 10) {
            long a = Math.max(lo, from);
            long b = Math.min(hi, from * 10);
            if (a < b) {
                decades.add(new long[] {a * 100, b * 100 - 1});
            }
        }
        long[] decade = dice.pick(decades);
        return dice.between(decade[0], decade[1]);
    }

    /** A third of budgets are whole 万元 and some whole tenths, as approved budgets often are ({@code style} 1-100). */
    static long rounded(long cents, int style) {
        if (style <= 35) {
            return Math.max(100, cents / 100 * 100);
        }
        return style <= 50 ? Math.max(10, cents / 10 * 10) : Math.max(1, cents);
    }

    private static long share(long of, int loPercent, int hiPercent, Dice dice) {
        return of * dice.between(loPercent, hiPercent) / 100;
    }

    Funds funds(FormStyle style, SourcePosition at) {
        return new Funds("万元", money(total, at), Optional.of(money(fiscal, at)),
                style.bond() ? Optional.of(money(bond, at)) : Optional.empty(),
                style.carryover() ? Optional.of(money(carryover, at)) : Optional.empty(),
                Optional.of(money(other, at)));
    }

    /** The amount as the project table prints it: always two decimals, 96.00. */
    static Money money(long cents, SourcePosition at) {
        return new Money(BigDecimal.valueOf(cents, 2), at);
    }

    /** The amount as the shortest exact decimal, as lists and indicator values print it: 96, 72.8. */
    static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }
}
