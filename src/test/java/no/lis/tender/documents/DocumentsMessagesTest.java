package no.lis.tender.documents;

import no.lis.tender.documents.domain.DocumentKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the documents context: its own in documents*.properties, which the lead merges into
 * the application's bundle (messages_nb, messages_en), and the bundle's shared ones it uses.
 */
class DocumentsMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lis/tender/documents");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    private final Properties bokmal = load("messages_nb.properties");
    private final Properties english = load("messages_en.properties");
    private final Properties bundle = load("messages_nb.properties");

    @Test
    void everyTextIsInBokmalAndEnglishWithTheSameArguments() {
        assertThat(english.stringPropertyNames()).isEqualTo(bokmal.stringPropertyNames());
        bokmal.stringPropertyNames().forEach(key -> {
            assertThat(bokmal.getProperty(key)).as(key).isNotBlank();
            assertThat(argumentsOf(english.getProperty(key))).as(key).isEqualTo(argumentsOf(bokmal.getProperty(key)));
        });
    }

    @Test
    void everyKeyTheContextUsesHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.removeIf(text -> text.endsWith(".pdf") || text.contains("yyyy")); // file names and date patterns

        assertThat(used).contains("documents.upload.empty", "documents.pdf.page", "documents.download.notPublished")
                .allSatisfy(key -> assertThat(bokmal.containsKey(key) || bundle.containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyKindOfDocumentHasAName() {
        assertThat(Arrays.stream(DocumentKind.values()).map(kind -> "DocumentKind." + kind.name()))
                .allMatch(bokmal::containsKey);
    }

    @Test
    void theUploadMessageSaysTheFileIsNoRealPdfWhateverItsName() {
        assertThat(new MessageFormat(bokmal.getProperty("documents.upload.notPdf")).format(new Object[] {"x.pdf"}))
                .isEqualTo("«x.pdf» er ikke en ekte PDF-fil, uansett hva filnavnet sier. Lagre dokumentet som PDF og"
                        + " last det opp på nytt.");
    }

    private static Set<Integer> argumentsOf(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            arguments.add(Integer.valueOf(matcher.group(1)));
        }
        return arguments;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = DocumentsMessagesTest.class.getResourceAsStream("/no/lis/tender/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
