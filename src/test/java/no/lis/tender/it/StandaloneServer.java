package no.lis.tender.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A Liberty server as an operator makes one: the build's runtime, {@code server create}, the files of
 * server-config, the JDBC drivers and the war as Maven built it (no test additions), started and
 * stopped with the {@code server} script. Nothing of the integration-test server's settings: only
 * the ports and what a test adds on purpose.
 */
final class StandaloneServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String APP = "lis-tender";

    private final Path wlp = Path.of(System.getProperty("it.wlp.home", "target/liberty/wlp"));
    private final String name = System.getProperty("it.prod.server.name", "lisProd");
    private final int httpPort = Integer.getInteger("it.prod.http.port", 9084);
    private final int httpsPort = Integer.getInteger("it.prod.https.port", 9447);
    private final Path dir = wlp.resolve("usr/servers").resolve(name);
    private boolean running;

    private StandaloneServer() {
    }

    /** A new server with an empty database, in place of any left by an earlier run. */
    static StandaloneServer fresh() {
        StandaloneServer server = new StandaloneServer();
        server.create();
        return server;
    }

    /** The server's root: HTTPS, as the production configuration has it (its plain HTTP port is closed). */
    URI base() {
        return URI.create("https://localhost:" + httpsPort + "/");
    }

    /** Where plain HTTP would be, were it open. */
    URI plainBase() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    /** {@code caller} on this server, over HTTPS, trusting the certificate the server made for itself. */
    Api api(Api caller) {
        return caller.on(base(), trust());
    }

    /** A GET over HTTPS that keeps the headers. */
    HttpResponse<String> get(String path) {
        try {
            return Api.client(trust()).send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Trusts the self-signed certificate Liberty made at the first start (resources/security/key.p12,
     * with the password {@code server create} wrote to server.env), and nothing else.
     */
    private SSLContext trust() {
        try {
            String password = Files.readAllLines(dir.resolve("server.env")).stream()
                    .filter(line -> line.startsWith("keystore_password="))
                    .map(line -> line.substring("keystore_password=".length())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no keystore_password in " + dir.resolve("server.env")));
            KeyStore generated = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(dir.resolve("resources/security/key.p12"))) {
                generated.load(in, password.toCharArray());
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            for (String alias : Collections.list(generated.aliases())) {
                trusted.setCertificateEntry(alias, generated.getCertificate(alias));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts with {@code environment} added to the script's and {@code bootstrap} beside the ports,
     * and waits until the application has started (true) or failed to (false).
     */
    boolean start(Map<String, String> environment, Map<String, String> bootstrap) {
        Map<String, String> properties = new LinkedHashMap<>(bootstrap);
        properties.put("http.port", String.valueOf(httpPort));
        properties.put("https.port", String.valueOf(httpsPort));
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Files.writeString(dir.resolve("bootstrap.properties"), text);
            Files.deleteIfExists(messagesLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = true;
        run(environment, "start", name);
        return awaitApplication();
    }

    void stop() {
        if (running) {
            run(Map.of(), "stop", name);
            running = false;
        }
    }

    /**
     * The environment variable naming this server's offer master key, as an operator provides it: a
     * file outside the server's folder, readable by its owner only, made here on first use.
     */
    Map<String, String> masterKey() {
        Path file = Path.of(System.getProperty("it.keys.dir", "target/it-keys")).resolve(name).resolve("offer-master.key")
                .toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("LIS_OFFER_MASTERKEY", file.toString());
    }

    /** The current run's messages.log. */
    String log() {
        try {
            return Files.exists(messagesLog()) ? Files.readString(messagesLog(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void create() {
        if (Files.isDirectory(dir)) {
            run(Map.of(), "stop", name);
            delete(dir);
        }
        try {
            // a new database gets a new master key, as on a new installation
            Files.deleteIfExists(Path.of(masterKey().get("LIS_OFFER_MASTERKEY")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(Map.of(), "create", name);
        try {
            copyFiles(Path.of(System.getProperty("it.server.config", "server-config")), dir);
            copyFiles(Path.of(System.getProperty("it.jdbc.dir")), Files.createDirectories(dir.resolve("jdbc")));
            Files.copy(Deployments.war().toPath(), Files.createDirectories(dir.resolve("dropins")).resolve(APP + ".war"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean awaitApplication() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String log = log();
            if (log.contains("CWWKZ0001I") && log.contains(APP)) {
                return awaitReadiness(deadline);
            }
            if (log.contains("CWWKZ0002E") || log.contains("CWWKZ0004E")) {
                return false;
            }
            pause();
        }
        throw new IllegalStateException("server " + name + " did not start its application within " + START_TIMEOUT
                + "; its log:\n" + log());
    }

    private boolean awaitReadiness(Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.exists(dir.resolve("resources/security/key.p12"))
                        && api(Api.anonymous()).get("health/ready").status() == 200) {
                    return true;
                }
            } catch (UncheckedIOException notListeningYet) {
                // the HTTPS endpoint opens a moment after the application
            }
            pause();
        }
        throw new IllegalStateException("server " + name + " never became ready; its log:\n" + log());
    }

    private void run(Map<String, String> environment, String... arguments) {
        String script = wlp.resolve("bin/server").toString();
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(script), Stream.of(arguments)).toList())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("LIS_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + String.join(" ", arguments) + " did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path messagesLog() {
        return dir.resolve("logs/messages.log");
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
