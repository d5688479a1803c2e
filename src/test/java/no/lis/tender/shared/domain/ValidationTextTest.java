package no.lis.tender.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for characters in text users send. */
class ValidationTextTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202D, 0x202E, 0x2066, 0x2069, 0xD800, 0xFFFF})
    void controlCharactersDirectionOverridesAndBrokenSurrogatesAreRefused(int codePoint) {
        String text = "Tilbud " + new String(Character.toChars(codePoint)) + "fdp.exe";

        assertThat(Validation.unsafeCharacter(text, true)).isEqualTo(codePoint);
    }

    @Test
    void lettersOfAnyScriptAndEmojiAreText() {
        assertThat(Validation.unsafeCharacter("Blåbær-øl \uD83D\uDE00 العربية 中文 \u200F\u200E", false)).isEqualTo(-1);
    }

    @Test
    void lineBreaksAndTabsOnlyWhereTheTextHasSeveralLines() {
        assertThat(Validation.unsafeCharacter("Linje 1\r\nLinje\t2", true)).isEqualTo(-1);
        assertThat(Validation.unsafeCharacter("Tittel\nmed linjeskift", false)).isEqualTo('\n');
    }

    @Test
    void theRefusalNamesTheFieldAndTheCharacter() {
        Validation validation = new Validation();

        assertThat(validation.safeText("Humira\u202E", "lots[0].title", false)).isFalse();
        assertThat(validation.safeText(null, "title", false)).isTrue();

        assertThat(validation.violations()).containsExactly(new Violation("lots[0].title", "text.unsafeCharacter", "U+202E"));
    }

    @Test
    void typedTextIsTrimmedAndMustFitItsColumn() {
        Validation validation = new Validation();

        assertThat(validation.requiredText("title", "  Adalimumab  ", 10)).isEqualTo("Adalimumab");
        assertThat(validation.requiredText("note", "Elleve tegn", 10)).isEqualTo("Elleve tegn");
        assertThat(validation.requiredText("reason", "   ", 10)).isNull();
        assertThat(validation.optionalText("ties", "  ", 10)).as("blank is absent, not an error").isNull();

        assertThat(validation.violations()).containsExactly(new Violation("note", "text.tooLong", 10),
                new Violation("reason", "validation.required"));
    }

    @Test
    void requiredSafeTextIsTrimmedAndRefusesBlankTooLongAndUnsafeText() {
        Validation validation = new Validation();

        assertThat(validation.requiredSafeText("title", "  Humira  ", 10, false)).isEqualTo("Humira");
        assertThat(validation.requiredSafeText("name", " ", 10, false)).isNull();
        assertThat(validation.requiredSafeText("reason", "Linje 1\nLinje 2", 40, true)).isEqualTo("Linje 1\nLinje 2");
        assertThat(validation.requiredSafeText("note", "Tittel\nmed linjeskift", 10, false))
                .isEqualTo("Tittel\nmed linjeskift");

        assertThat(validation.violations()).containsExactly(
                new Violation("name", "validation.required"),
                new Violation("note", "text.tooLong", 10),
                new Violation("note", "text.unsafeCharacter", "U+000A"));
    }
}
