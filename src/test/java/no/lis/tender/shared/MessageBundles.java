package no.lis.tender.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's message bundle as the message tests of each context read it, and the keys that
 * the code or the pages of a context use: what each test checks has a text.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** The bundle {@code name}: {@code messages_nb} (bokmål) or {@code messages_en} (English). */
    public static Properties load(String name) {
        try (InputStream in = MessageBundles.class.getResourceAsStream("/no/lis/tender/i18n/" + name + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the first group of {@code key} matches in the files below {@code root}, at any depth, that {@code files} takes. */
    public static Set<String> keysBelow(Path root, Predicate<Path> files, Pattern key) throws IOException {
        try (Stream<Path> below = Files.walk(root)) {
            return keysIn(below.filter(files).toList(), key);
        }
    }

    /** What the first group of {@code key} matches in the files directly in {@code folders}. */
    public static Set<String> keysDirectlyIn(List<Path> folders, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                keys.addAll(keysIn(files.toList(), key));
            }
        }
        return keys;
    }

    /** The argument numbers of a message, {@code {0}} and so on; a pattern that is no valid message fails. */
    public static Set<Integer> argumentsOf(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            arguments.add(Integer.valueOf(matcher.group(1)));
        }
        new MessageFormat(pattern);
        return arguments;
    }

    private static Set<String> keysIn(List<Path> files, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = key.matcher(Files.readString(file));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }
}
