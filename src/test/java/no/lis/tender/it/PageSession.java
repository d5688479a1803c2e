package no.lis.tender.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public static PageSession anonymous() {
        return new PageSession();
    }

    public static PageSession loggedInAs(String username) {
        PageSession session = new PageSession();
        Matcher state = VIEW_STATE.matcher(session.get("login.xhtml").body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login_SUBMIT", "1");
        form.put("login:username", username);
        form.put("login:password", Api.DEMO_PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(Api.base().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("login as " + username + " failed: " + answer.statusCode() + " "
                    + answer.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Api.base().resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
}
