package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

/** A small HTTP client for the JSON API of the integration-test server, as one user (or anonymous). */
public final class Api {

    public static final String DEMO_PASSWORD = System.getProperty("it.demo.password", "Demo!2026");

    /** HTTP/1.1: the client's default HTTP/2 upgrade (h2c) on plain HTTP cut some bodies short against Liberty. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final HttpClient client;
    private final Map<String, String> headers;

    private Api(URI base, String authorization) {
        this(base, authorization, HTTP, Map.of());
    }

    private Api(URI base, String authorization, HttpClient client, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.client = client;
        this.headers = headers;
    }

    public static URI base() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "9081") + "/");
    }

    public static Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base(), "Basic " + token);
    }

    /** A program calling with a personal API token ({@code Authorization: Bearer}). */
    public static Api withToken(String token) {
        return new Api(base(), "Bearer " + token);
    }

    public static Api anonymous() {
        return new Api(base(), null);
    }

    /** The same caller on another server (e.g. ProductionStartIT's), at {@code server}'s root. */
    public Api on(URI server) {
        return new Api(server, authorization, client, headers);
    }

    /** The same caller over HTTPS at {@code server}, trusting the certificates {@code trust} holds (e.g. a self-signed one). */
    public Api on(URI server, SSLContext trust) {
        return new Api(server, authorization, client(trust), headers);
    }

    /** An HTTP/1.1 client trusting the certificates {@code trust} holds. */
    static HttpClient client(SSLContext trust) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .sslContext(trust).build();
    }

    /** The same caller sending header {@code name} with every request too, in place of a default (Accept-Language). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, client, Map.copyOf(more));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A GET whose answer is binary (a PDF); the body is kept as bytes. */
    public Reply getBytes(String path) {
        return getBytes(path, "application/pdf");
    }

    /** A GET whose answer is a file of {@code mediaType} (e.g. XLSX), or JSON for an error; the body is kept as bytes. */
    public Reply getBytes(String path, String mediaType) {
        return exchange(request(path).header("Accept", mediaType + ", application/json").GET(),
                HttpResponse.BodyHandlers.ofByteArray(), bytes -> new String(bytes, StandardCharsets.ISO_8859_1),
                bytes -> bytes);
    }

    /** A POST of raw bytes, e.g. an uploaded file. */
    public Reply postBytes(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST whose body is produced as it is sent (chunked, no length announced), e.g. a file of 25 MB made on the fly. */
    public Reply postStream(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    /** Any method with any body as it is, e.g. malformed JSON or a wrong content type; no body for null. */
    public Reply raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::setHeader);
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        return exchange(builder, HttpResponse.BodyHandlers.ofString(), text -> text,
                text -> text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request; the answer's body read by {@code handler}, then as text and as bytes. */
    private <T> Reply exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler,
                               Function<T, String> text, Function<T, byte[]> bytes) {
        try {
            HttpResponse<T> response = client.send(builder.build(), handler);
            HttpHeaders answer = response.headers();
            return new Reply(response.statusCode(), text.apply(response.body()), answer.firstValue("Content-Type").orElse(""),
                    bytes.apply(response.body()), answer.firstValue("Cache-Control").orElse(""),
                    answer.allValues("WWW-Authenticate"), answer.firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An answer: status, body, and the body read as JSON; {@code cacheControl} is its Cache-Control
     * header ("" if none), {@code challenges} its WWW-Authenticate headers (how to log in, on a 401),
     * {@code contentDisposition} the name a download is saved under ("" if none).
     */
    public record Reply(int status, String body, String contentType, byte[] bytes, String cacheControl,
                        List<String> challenges, String contentDisposition) {

        public JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public JsonValue json() {
            return Json.createReader(new StringReader(body)).readValue();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
