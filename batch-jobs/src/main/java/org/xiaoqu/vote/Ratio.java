package org.xiaoqu.vote;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number in lowest terms: the only arithmetic the tally uses, so that a
 * share of exactly two thirds is two thirds and not 0.6666666666666666.
 *
 * @param numerator the numerator, never negative
 * @param denominator the denominator, always positive
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {
    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    public Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("negative ratio: " + numerator + "/" + denominator);
        }
        BigInteger g = numerator.gcd(denominator);
        if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
    }

    /** {@code n/d}; a zero denominator gives zero (no one to share among). */
    public static Ratio of(long n, long d) {
        return d == 0 ? ZERO : new Ratio(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    /** The exact quotient of two decimals (areas as the register writes them); a zero denominator gives zero. */
    public static Ratio of(BigDecimal n, BigDecimal d) {
        if (d.signum() == 0) {
            return ZERO;
        }
        int scale = Math.max(Math.max(n.scale(), d.scale()), 0);
        return new Ratio(
                n.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue(),
                d.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue());
    }

    /** Parses {@code 2/3}, {@code 1/2}, {@code 0.75} or {@code 1}. */
    public static Ratio parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(t), BigDecimal.ONE);
        }
        return new Ratio(
                new BigInteger(t.substring(0, slash).strip()),
                new BigInteger(t.substring(slash + 1).strip()));
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** The exact fraction, {@code 2/3}; an integer prints without a denominator. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    /** A percentage for people, rounded half up to {@code decimals} places: {@code 66.6667}. */
    public BigDecimal percent(int decimals) {
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }
}
