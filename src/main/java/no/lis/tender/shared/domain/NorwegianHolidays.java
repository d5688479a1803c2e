package no.lis.tender.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Norwegian public holidays (helligdager and the two public days of 1 and 17 May), which time
 * limits in procurement skip together with Saturdays and Sundays (anskaffelsesforskriften § 7-6
 * and the regulation on time limits in the EEA Agreement it refers to): New Year's Day, Maundy
 * Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and
 * Monday, Christmas Day and Boxing Day. Easter and the feasts that hang on it are computed, so any
 * year works.
 */
public final class NorwegianHolidays {

    private NorwegianHolidays() {
    }

    /**
     * Easter Sunday of {@code year} in the Gregorian calendar, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher): the first Sunday after the ecclesiastical full moon on or after 21 March.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of {@code year}, in date order; a day that is two feasts (17 May 2027 is also Whit Monday) once. */
    public static List<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return List.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(3),  // skjærtorsdag
                easter.minusDays(2),  // langfredag
                easter,               // første påskedag
                easter.plusDays(1),   // andre påskedag
                LocalDate.of(year, Month.MAY, 1),
                LocalDate.of(year, Month.MAY, 17),
                easter.plusDays(39),  // Kristi himmelfartsdag
                easter.plusDays(49),  // første pinsedag
                easter.plusDays(50),  // andre pinsedag
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26))
                .stream().distinct().sorted().toList();
    }

    public static boolean isHoliday(LocalDate date) {
        return holidaySet(date.getYear()).contains(date);
    }

    private static Set<LocalDate> holidaySet(int year) {
        return of(year).stream().collect(Collectors.toSet());
    }

    /** Whether {@code date} is a working day: neither a Saturday, a Sunday nor a public holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * {@code date} if it is a working day, else the first working day after it: where a time limit's
     * last day falls on a Saturday, Sunday or public holiday, it ends at the end of the next working
     * day instead (Saturday 12 December 2026 becomes Monday 14 December).
     */
    public static LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
