package org.carelearn.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/** A calendar quarter, written "2026-Q3": what survey vendors report patient experience results by. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new BusinessRuleException("A quarter is numbered 1 to 4, not " + number);
        }
        if (year < 1900 || year > 9999) {
            throw new BusinessRuleException("The year " + year + " is not a year of survey results");
        }
    }

    /** "2026-Q3" (also "2026Q3" and "2026 q3"); anything else is refused in words. */
    public static Quarter parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new BusinessRuleException("quarter '" + (text == null ? "" : text.strip())
                    + "' is not written as 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, number * 3).atEndOfMonth();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
