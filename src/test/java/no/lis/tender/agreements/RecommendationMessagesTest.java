package no.lis.tender.agreements;

import no.lis.tender.agreements.adherence.domain.Granularity;
import no.lis.tender.agreements.recommendations.domain.ChangeKind;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key of the recommendations, consumption and their PDF has a text in bokmål and English. */
class RecommendationMessagesTest {

    private static final String BUNDLE = "/no/lis/tender/i18n/messages";
    private static final List<Path> SOURCES = Stream.of("recommendations/domain", "recommendations/infrastructure",
                    "adherence/domain", "adherence/infrastructure")
            .map(layer -> Path.of("src/main/java/no/lis/tender/agreements", layer)).toList();
    private static final Pattern KEY = Pattern.compile(
            "\"((?:recommendation|recommendations\\.pdf|consumption\\.csv)\\.[A-Za-z.]+)\"");

    private static Properties bundle(String suffix) {
        try (InputStream in = RecommendationMessagesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_en"})
    void everyKeyTheRecommendationsUseHasAText(String suffix) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path layer : SOURCES) {
            try (Stream<Path> files = Files.list(layer)) {
                for (Path file : files.toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        Arrays.stream(RecommendationStatus.values()).forEach(s -> used.add("recommendations.pdf.status." + s.name()));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle(suffix).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_en"})
    void everyChoiceHasALabel(String suffix) {
        Properties bundle = bundle(suffix);
        Stream.of(RecommendationStatus.class, ChangeReason.class, ChangeKind.class, PriceViewChannel.class,
                        Granularity.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + c))
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void aLineErrorReadsWithItsLineNumberUngrouped() {
        Violation violation = new Violation("line.1234.varenummer", "consumption.csv.varenummer", "1234", "12345");

        assertThat(Messages.format(Messages.BOKMAL, violation))
                .isEqualTo("Linje 1234: «12345» er ikke et varenummer (nøyaktig seks sifre).");
        assertThat(Messages.format(Locale.ENGLISH, violation))
                .isEqualTo("Line 1234: \"12345\" is not a varenummer (exactly six digits).");
    }
}
