package org.scholion.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date known to the year, the month or the day, as sources give them ("2021",
 * "2021-11", "2021-11-25"). Written back exactly in the precision it was given.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a date with a day needs a month");
        }
        try {
            LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid date: " + e.getMessage(), e);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            out.append(String.format("-%02d", month));
        }
        if (day != null) {
            out.append(String.format("-%02d", day));
        }
        return out.toString();
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
        }
        return c;
    }
}
