package no.lis.tender.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pages fetched over plain HTTP, as a browser without JavaScript would: anonymous, or logged in
 * through the login form (the session cookie is kept). No redirect is followed, so a protected page
 * shows as the redirect to the login page it is.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    // HTTP/1.1 as a browser over plain HTTP speaks it: the client's default HTTP/2 upgrade (h2c) on
    // plain HTTP cut some page bodies short against Liberty
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public static PageSession anonymous() {
        return new PageSession();
    }

    public static PageSession loggedInAs(String username) {
        PageSession session = new PageSession();
        HttpResponse<String> answer = session.logIn(username, Api.DEMO_PASSWORD);
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode() + " "
                    + answer.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
        }
        return session;
    }

    /** Fills in and sends the login form; the answer is the redirect of a success or the page with its message. */
    public HttpResponse<String> logIn(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login_SUBMIT", "1");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        return submit("login.xhtml", form);
    }

    /** Posts {@code fields} with the view state of the page at {@code path}, as a browser submits its form. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(get(path).body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Api.base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends any request with this session's cookies (e.g. a forged one, to see it refused). */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of this session's cookie {@code name}, if the server set one. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Api.base().resolve(path)).GET());
    }

}
