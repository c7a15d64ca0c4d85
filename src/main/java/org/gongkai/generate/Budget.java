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

    static Budget draw(char group, FormStyle style, Dice dice) {
        long total = switch (group) {
            case 'Y' -> cents(5, 600, dice);
            case 'B' -> cents(10, 3000, dice);
            case 'J' -> cents(30, 2500, dice);
            case 'Q' -> cents(20, 1500, dice);
            case 'G' -> cents(2, 150, dice);
            case 'X' -> cents(3, 300, dice);
            case 'F' -> cents(5, 400, dice);
            default -> cents(5, 500, dice);
        };
        long bond = style.bond() && (group == 'J' || group == 'Q') && dice.chance(20) ? share(total, 20, 60, dice) : 0;
        long carryover = style.carryover() && dice.chance(10) ? share(total - bond, 5, 40, dice) : 0;
        long other = dice.chance(12) ? share(total - bond - carryover, 5, 50, dice) : 0;
        return new Budget(total, total - bond - carryover - other, bond, carryover, other);
    }

    /**
     * An amount between {@code lo} and {@code hi} 万元, as likely in each decade as in the next (budgets of 3 and of
     * 300 万元 are both common); a third are whole 万元 and some whole tenths, as approved budgets often are.
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
        long cents = dice.between(decade[0], decade[1]);
        int rounding = dice.between(1, 100);
        if (rounding <= 35) {
            cents = Math.max(100, cents / 100 * 100);
        } else if (rounding <= 50) {
            cents = Math.max(10, cents / 10 * 10);
        }
        return cents;
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
