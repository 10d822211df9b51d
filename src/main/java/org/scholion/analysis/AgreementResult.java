package org.scholion.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One agreement statistic and the data behind it. A coefficient that is mathematically undefined
 * (for example kappa when every unit got the same value, so chance agreement is already perfect)
 * is reported with a reason instead of NaN, so callers can show it rather than print "NaN".
 *
 * @param statistic       short name, e.g. "Cohen's kappa"
 * @param value           the coefficient, empty when undefined
 * @param units           units that entered the computation
 * @param coders          coders whose values entered the computation
 * @param undefinedReason why there is no value; empty string when defined
 */
public record AgreementResult(String statistic, OptionalDouble value, int units, int coders, String undefinedReason) {

    public AgreementResult {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(undefinedReason, "undefinedReason");
        if (value.isPresent() && Double.isNaN(value.getAsDouble())) {
            throw new IllegalArgumentException(statistic + ": a NaN value must be reported as undefined");
        }
        if (value.isEmpty() == undefinedReason.isBlank()) {
            throw new IllegalArgumentException(statistic + ": exactly one of value and undefined reason is required");
        }
    }

    public static AgreementResult defined(String statistic, double value, int units, int coders) {
        return new AgreementResult(statistic, OptionalDouble.of(value), units, coders, "");
    }

    public static AgreementResult undefined(String statistic, String reason, int units, int coders) {
        return new AgreementResult(statistic, OptionalDouble.empty(), units, coders, reason);
    }

    public boolean isDefined() {
        return value.isPresent();
    }
}
