package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConsumptionCsvTest {

    private static final String HEADER = "helseforetak;varenummer;maaned;pakninger\n";

    private static List<Consumption> accepted(String content) {
        ConsumptionCsv.Result result = ConsumptionCsv.parse(content);
        assertThat(result).isInstanceOf(ConsumptionCsv.Accepted.class);
        return ((ConsumptionCsv.Accepted) result).lines();
    }

    private static List<LineError> refused(String content) {
        ConsumptionCsv.Result result = ConsumptionCsv.parse(content);
        assertThat(result).isInstanceOf(ConsumptionCsv.Refused.class);
        return ((ConsumptionCsv.Refused) result).errors();
    }

    @Test
    void aWellFormedFileGivesEveryLineInOrder() {
        List<Consumption> lines = accepted(HEADER
                + "Helse Bergen HF;123456;2026-03;30\n"
                + "Helse Bergen HF;234567;2026-03;12,5\n"
                + "St. Olavs hospital HF;123456;2026-04;0\n");

        assertThat(lines).containsExactly(
                new Consumption("Helse Bergen HF", new Varenummer("123456"), YearMonth.of(2026, 3), new BigDecimal("30")),
                new Consumption("Helse Bergen HF", new Varenummer("234567"), YearMonth.of(2026, 3), new BigDecimal("12.5")),
                new Consumption("St. Olavs hospital HF", new Varenummer("123456"), YearMonth.of(2026, 4), BigDecimal.ZERO));
    }

    @Test
    void commasSeparateWhenTheHeaderUsesThemAndDecimalsThenTakeAPoint() {
        List<Consumption> lines = accepted("Helseforetak,Varenummer,Maaned,Pakninger\r\n"
                + "\"Helse Bergen HF\",123456,2026-03,12.25\r\n\r\n");

        assertThat(lines).containsExactly(new Consumption("Helse Bergen HF", new Varenummer("123456"),
                YearMonth.of(2026, 3), new BigDecimal("12.25")));
    }

    @Test
    void aByteOrderMarkAndEmptyLinesAreIgnored() {
        assertThat(accepted("\uFEFF" + HEADER + "\nHelse Bergen HF;123456;2026-03;1\n\n\n")).hasSize(1);
    }

    @Test
    void everyErrorOfEveryLineIsReportedWithItsLineNumberAndNothingIsAccepted() {
        List<LineError> errors = refused(HEADER
                + "Helse Bergen HF;123456;2026-03;30\n"
                + ";12345;2026-13;-1\n"
                + "Helse Bergen HF;123456;2026-03\n"
                + "Helse Vest;ABCDEF;03-2026;1 000\n");

        assertThat(errors).extracting(LineError::lineNumber, LineError::field, LineError::messageKey).containsExactly(
                tuple(3, "helseforetak", "consumption.csv.trust.required"),
                tuple(3, "varenummer", "consumption.csv.varenummer"),
                tuple(3, "maaned", "consumption.csv.month"),
                tuple(3, "pakninger", "consumption.csv.packs"),
                tuple(4, null, "consumption.csv.fieldCount"),
                tuple(5, "helseforetak", "consumption.csv.trust.unknown"),
                tuple(5, "varenummer", "consumption.csv.varenummer"),
                tuple(5, "maaned", "consumption.csv.month"),
                tuple(5, "pakninger", "consumption.csv.packs"));
        assertThat(errors.get(1).arguments()).containsExactly("3", "12345");
        assertThat(errors.get(4).arguments()).containsExactly("4", 4, 3);
    }

    @Test
    void theSameTrustDrugAndMonthTwiceIsRefusedNamingTheEarlierLine() {
        List<LineError> errors = refused(HEADER
                + "Helse Bergen HF;123456;2026-03;30\n"
                + "helse bergen hf;123456;2026-03;2\n");

        assertThat(errors).containsExactly(new LineError(3, null, "consumption.csv.duplicate", List.of("3", "2")));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused("")).extracting(LineError::messageKey).containsExactly("consumption.csv.empty");
        assertThat(refused(" \n\n")).extracting(LineError::messageKey).containsExactly("consumption.csv.empty");
    }

    @Test
    void aHeaderWithoutLinesIsRefused() {
        assertThat(refused(HEADER)).extracting(LineError::messageKey).containsExactly("consumption.csv.noLines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"helseforetak;varenummer;maaned\n", "trust;varenummer;month;packs\n",
            "helseforetak;varenummer,maaned;pakninger\n", "Helse Bergen HF;123456;2026-03;30\n",
            "helseforetak;varenummer;maaned;pakninger;indikasjon;avdeling\n", "helseforetak;varenummer;maaned;pakninger;post\n"})
    void aMissingOrWrongHeaderRefusesTheFileOnLineOne(String firstLine) {
        assertThat(refused(firstLine + "Helse Bergen HF;123456;2026-03;30\n"))
                .containsExactly(new LineError(1, null, "consumption.csv.header",
                        List.of("1", "helseforetak;varenummer;maaned;pakninger[;avdeling][;indikasjon]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1,2345", "1e3", "", "tre", "1.000,5", "1000000000"})
    void packsMustBeANonNegativeNumberWithAtMostThreeDecimals(String packs) {
        assertThat(refused(HEADER + "Helse Bergen HF;123456;2026-03;" + packs + "\n"))
                .extracting(LineError::field).containsExactly("pakninger");
    }

    @Test
    void withCommaAsSeparatorADecimalCommaSplitsTheLine() {
        assertThat(refused("helseforetak,varenummer,maaned,pakninger\nHelse Bergen HF,123456,2026-03,1,5\n"))
                .extracting(LineError::messageKey).containsExactly("consumption.csv.fieldCount");
    }

    @Test
    void aTooLongTrustNameIsRefused() {
        assertThat(refused(HEADER + "x".repeat(201) + ";123456;2026-03;1\n"))
                .extracting(LineError::messageKey).containsExactly("consumption.csv.trust.tooLong");
    }

    @Test
    void moreThanTheLimitOfLinesIsRefusedAsAWhole() {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i <= ConsumptionCsv.MAX_LINES; i++) {
            content.append("Helse Bergen HF;").append(String.format("%06d", i)).append(";2026-03;1\n");
        }

        assertThat(refused(content.toString())).containsExactly(new LineError(0, null,
                "consumption.csv.tooManyLines", List.of("0", ConsumptionCsv.MAX_LINES)));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreRefusedNamingLineAndColumn() {
        List<LineError> errors = refused(HEADER
                + "=cmd|' /C calc'!A0;123456;2026-03;1\n"
                + "Helse Bergen HF;@SUM(A1);2026-03;1\n"
                + "Helse Bergen HF;123456;+2026-03;1\n"
                + "\"  -HYPERLINK(x)\";123456;2026-04;1\n");

        assertThat(errors).extracting(LineError::messageKey).containsOnly("consumption.csv.formula");
        assertThat(errors).extracting(LineError::lineNumber, LineError::field).containsExactly(
                tuple(2, "helseforetak"),
                tuple(3, "varenummer"),
                tuple(4, "maaned"),
                tuple(5, "helseforetak"));
        assertThat(errors.get(0).arguments()).containsExactly("2", "helseforetak");
    }

    @Test
    void aNegativeNumberOfPacksIsJudgedAsANumberNotAsAFormula() {
        assertThat(refused(HEADER + "Helse Bergen HF;123456;2026-03;-3\n"))
                .extracting(LineError::field, LineError::messageKey)
                .containsExactly(tuple("pakninger", "consumption.csv.packs"));
    }

    @Test
    void aNulOrAnotherControlCharacterInACellIsRefusedNamingLineColumnAndCharacter() {
        List<LineError> errors = refused(HEADER + "Helse Bergen HF\u0000;123456;2026-03;1\n"
                + "Helse Bergen HF;123456;2026-04;1\u202E\n");

        assertThat(errors).extracting(LineError::lineNumber, LineError::field, LineError::messageKey).containsExactly(
                tuple(2, "helseforetak", "consumption.csv.unsafeCharacter"),
                tuple(3, "pakninger", "consumption.csv.unsafeCharacter"));
        assertThat(errors.get(0).arguments()).containsExactly("2", "helseforetak", "U+0000");
    }

    @Test
    void aTrustThatIsNotAKnownHospitalTrustIsRefusedNamingLineAndTrust() {
        List<LineError> errors = refused(HEADER + "Helse Oppdiktet HF;123456;2026-03;1\n");

        assertThat(errors).extracting(LineError::field, LineError::messageKey)
                .containsExactly(tuple("helseforetak", "consumption.csv.trust.unknown"));
        assertThat(errors.get(0).arguments()).containsExactly("2", "Helse Oppdiktet HF");
    }

    @Test
    void exactlyTheLimitOfLinesIsAccepted() {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < ConsumptionCsv.MAX_LINES; i++) {
            content.append("Helse Bergen HF;").append(String.format("%06d", i)).append(";2026-03;1\n");
        }

        assertThat(accepted(content.toString())).hasSize(ConsumptionCsv.MAX_LINES);
    }

    @Test
    void aFileSavedAsWindows1252IsReadAsSuchAndOneInNeitherEncodingIsRefused() {
        byte[] windows1252 = (HEADER + "Helse Førde HF;123456;2026-03;1\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(ConsumptionCsv.parse(windows1252)).isInstanceOfSatisfying(ConsumptionCsv.Accepted.class,
                accepted -> assertThat(accepted.lines().get(0).hospitalTrust()).isEqualTo("Helse Førde HF"));
        assertThat(ConsumptionCsv.parse((HEADER + "Helse Førde HF;123456;2026-03;1\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ConsumptionCsv.Accepted.class);
        byte[] neither = (HEADER + "Helse Førde HF;123456;2026-03;1\n").getBytes(StandardCharsets.UTF_8);
        neither[HEADER.length() + 3] = (byte) 0x81;   // undefined in Windows-1252, and not UTF-8 where it stands
        assertThat(ConsumptionCsv.parse(neither)).isEqualTo(new ConsumptionCsv.Refused(List.of(
                new LineError(0, null, "consumption.csv.encoding", List.of("0")))));
    }

    @Test
    void quotedFieldsAsASpreadsheetWritesThemHoldTheSeparatorAndDoubledQuotes() {
        ConsumptionCsv.Result read = ConsumptionCsv.parse("\"helseforetak\",\"varenummer\",\"maaned\",\"pakninger\"\r\n"
                + "\"Helse Bergen HF\",\"123456\",\"2026-03\",\"12.5\"\r\n"
                + "\"St. Olavs \"\"hospital\"\" HF\",123456,2026-03,1\r\n");

        assertThat(read).isInstanceOfSatisfying(ConsumptionCsv.Refused.class, refused -> assertThat(refused.errors())
                .containsExactly(new LineError(3, "helseforetak", "consumption.csv.trust.unknown",
                        List.of("3", "St. Olavs \"hospital\" HF"))));
        assertThat(ConsumptionCsv.parse("helseforetak;varenummer;maaned;pakninger\n\"Helse Bergen HF\";123456;2026-03;\"12,5\"\n"))
                .isInstanceOfSatisfying(ConsumptionCsv.Accepted.class,
                        accepted -> assertThat(accepted.lines().get(0).packs()).isEqualByComparingTo("12.5"));
    }

    @Test
    void aQuoteLeftOpenIsRefusedOnItsLine() {
        assertThat(refused(HEADER + "Helse Bergen HF;123456;2026-03;1\n\"Helse Fonna HF;123456;2026-03;1\n"))
                .extracting(LineError::lineNumber, LineError::messageKey)
                .containsExactly(tuple(3, "consumption.csv.quote"));
    }

    @Test
    void aRefusalBecomesOneExceptionWithAViolationPerErrorUnderItsLine() {
        ConsumptionCsv.Refused refused = (ConsumptionCsv.Refused) ConsumptionCsv.parse(HEADER
                + "Helse Bergen HF;12345;2026-03;1\n");

        DomainException exception = refused.toException();

        assertThat(exception.violations()).containsExactly(
                new Violation("line.2.varenummer", "consumption.csv.varenummer", "2", "12345"));
    }

    /** Issue 16 item 5: the department and the indication, where the file has them. */
    @Test
    void aFileMayTellTheDepartmentAndTheIndicationAndTheSameDrugAndMonthThenComeOncePerDepartment() {
        List<Consumption> lines = accepted("helseforetak;varenummer;maaned;pakninger;Avdeling;Indikasjon\n"
                + "Helse Bergen HF;123456;2026-03;30;Revmatologisk  avdeling;Revmatoid artritt\n"
                + "Helse Bergen HF;123456;2026-03;4;Hudavdelingen;Psoriasis\n"
                + "Helse Bergen HF;123456;2026-03;2;;\n");

        assertThat(lines).extracting(Consumption::department, Consumption::indication).containsExactly(
                tuple("Revmatologisk avdeling", "Revmatoid artritt"),
                tuple("Hudavdelingen", "Psoriasis"),
                tuple(null, null));
        assertThat(accepted("helseforetak;varenummer;maaned;pakninger;indikasjon\nHelse Bergen HF;123456;2026-03;30;Psoriasis\n"))
                .singleElement().satisfies(line -> {
                    assertThat(line.department()).isNull();
                    assertThat(line.indication()).isEqualTo("Psoriasis");
                });
        assertThat(refused("helseforetak;varenummer;maaned;pakninger;avdeling\n"
                + "Helse Bergen HF;123456;2026-03;30;Hud\nHelse Bergen HF;123456;2026-03;3;hud\n"))
                .extracting(LineError::messageKey).containsExactly("consumption.csv.duplicate");
        assertThat(refused("helseforetak;varenummer;maaned;pakninger;avdeling\nHelse Bergen HF;123456;2026-03;30;=SUM(A1)\n"))
                .extracting(LineError::field).containsExactly("avdeling");
    }
}
