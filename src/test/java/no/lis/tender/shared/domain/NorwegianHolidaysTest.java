package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NorwegianHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"})
    void easterSundayIsTheChurchsDateForEachYear(LocalDate easter) {
        assertThat(NorwegianHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @ParameterizedTest
    @CsvSource({
            // year, Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Whit Sunday, Whit Monday
            "2025, 2025-04-17, 2025-04-18, 2025-04-21, 2025-05-29, 2025-06-08, 2025-06-09",
            "2026, 2026-04-02, 2026-04-03, 2026-04-06, 2026-05-14, 2026-05-24, 2026-05-25",
            "2027, 2027-03-25, 2027-03-26, 2027-03-29, 2027-05-06, 2027-05-16, 2027-05-17",
            "2028, 2028-04-13, 2028-04-14, 2028-04-17, 2028-05-25, 2028-06-04, 2028-06-05",
            "2029, 2029-03-29, 2029-03-30, 2029-04-02, 2029-05-10, 2029-05-20, 2029-05-21",
            "2030, 2030-04-18, 2030-04-19, 2030-04-22, 2030-05-30, 2030-06-09, 2030-06-10"})
    void theFeastsThatHangOnEasterAreHolidays(int year, LocalDate maundyThursday, LocalDate goodFriday,
                                              LocalDate easterMonday, LocalDate ascension, LocalDate whitSunday,
                                              LocalDate whitMonday) {
        assertThat(NorwegianHolidays.of(year)).doesNotHaveDuplicates().isSorted()
                .contains(maundyThursday, goodFriday, NorwegianHolidays.easterSunday(year), easterMonday,
                        ascension, whitSunday, whitMonday,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 17),
                        LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
    }

    @Test
    void ordinaryDaysAreNoHolidays() {
        assertThat(NorwegianHolidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse(); // Christmas Eve is a working day by law
        assertThat(NorwegianHolidays.isHoliday(LocalDate.of(2026, 5, 8))).isFalse();
        assertThat(NorwegianHolidays.isWorkingDay(LocalDate.of(2026, 12, 14))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-12, 2026-12-14",  // Saturday -> Monday (letters sent Wednesday 2 December 2026, 10 days)
            "2026-12-13, 2026-12-14",  // Sunday -> Monday
            "2026-12-14, 2026-12-14",  // a working day stays
            "2026-12-25, 2026-12-28",  // Christmas Day (Friday), Boxing Day, the weekend -> Monday
            "2026-04-02, 2026-04-07",  // Maundy Thursday -> the Tuesday after Easter
            "2027-05-16, 2027-05-18",  // Whit Sunday, then Whit Monday on 17 May -> Tuesday
            "2030-05-17, 2030-05-20",  // Constitution Day on a Friday -> Monday
            "2028-12-31, 2029-01-02",  // Sunday, then New Year's Day -> 2 January
            "2025-05-29, 2025-05-30"}) // Ascension Day -> Friday
    void aLastDayOnAWeekendOrHolidayMovesToTheNextWorkingDay(LocalDate lastDay, LocalDate moved) {
        assertThat(NorwegianHolidays.workingDayOnOrAfter(lastDay)).isEqualTo(moved);
    }
}
