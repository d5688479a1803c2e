package no.lis.tender.agreements.recommendations.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import no.lis.tender.agreements.recommendations.application.PublicEditions;
import no.lis.tender.agreements.recommendations.application.PublicEditions.Edition;
import no.lis.tender.shared.web.SecurityHeaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The public recommendation pages (the list in force and a published version) for an anonymous reader,
 * rendered by Faces once and then served as the kept HTML, like the API's editions: strong {@code ETag},
 * {@code Last-Modified}, {@code Cache-Control: public}, 304 to a conditional request that still
 * matches, and dropped with every publication ({@link PublicEditions}). These pages hold no price (they
 * show {@code PublicRecommendation}, which has no field for one), and for an anonymous reader they are
 * stateless views that make no HTTP session ({@link StatelessPublicPages}), so every such
 * reader gets the same bytes.
 * <p>
 * Only a plain {@code GET} without a session cookie, login or credentials is served from the kept pages,
 * and only of the list page or a version named by a numeric id and nothing else (so the keys are as
 * many as the published versions). A rendering is kept only if it was a 200 that made no session and
 * set no cookie; anything else (a logged-in reader, a postback, an unknown id) goes to Faces as before.
 */
@WebFilter(filterName = "PublicPages", urlPatterns = "/recommendations/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Anonymous readers of the same page get the same bytes; a reader with a session or login gets another page. */
    static final String VARY = "Cookie, Authorization";
    /** MyFaces' flash token, set on every page: a reader who never posts back does not need it. */
    private static final String FLASH_TOKEN = "oam.Flash.RENDERMAP.TOKEN";
    private static final Pattern VERSION_QUERY = Pattern.compile("id=[0-9]{1,18}");

    @Inject
    transient PublicEditions editions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = anonymous(request) ? pageKey(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Capture capture = new Capture(response);
        Edition page;
        try {
            page = editions.page(key, () -> capture.render(request, chain));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RenderFailed e) {
            throw e.getCause();
        }
        if (page == null) {
            capture.sendAsRendered();
        } else {
            send(request, response, page);
        }
    }

    /** The key of a page that may be kept, or {@code null}: the list page, or a version by its id and nothing more. */
    static String pageKey(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return switch (path) {
            case "/recommendations/", "/recommendations/index.xhtml" -> query == null ? path : null;
            case "/recommendations/recommendation.xhtml" -> query != null && VERSION_QUERY.matcher(query).matches()
                    ? path + "?" + query : null;
            default -> null;
        };
    }

    /** A plain GET of a reader who is not logged in, has no session and sends no credentials. */
    static boolean anonymous(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestedSessionId() == null
                && request.getUserPrincipal() == null && request.getHeader("Authorization") == null
                && (request.getCookies() == null || Arrays.stream(request.getCookies()).map(Cookie::getName)
                .noneMatch(name -> name.equals("LISSSO") || name.equals("JSESSIONID")));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Edition page) throws IOException {
        SecurityHeaders.apply(request, response);
        String tag = "\"" + page.entityTag() + "\"";
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", VARY);
        response.setHeader("ETag", tag);
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        if (matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.content().length);
        response.getOutputStream().write(page.content());
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::trim).anyMatch(tag::equals));
    }

    /** A servlet or I/O failure of the rendering, carried out of the {@link PublicEditions} supplier. */
    private static final class RenderFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderFailed(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }

    /**
     * The response as Faces renders it, held back: its body in memory, and whether it may be kept (a
     * 200 that set no cookie and made no session). What is not kept is sent as it was rendered.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        private int status = SC_OK;
        private boolean keepable = true;
        private boolean passedThrough;
        private Cookie flashToken;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] render(HttpServletRequest request, FilterChain chain) {
            try {
                chain.doFilter(request, this);
                if (writer != null) {
                    writer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new RenderFailed(e);
            }
            boolean keep = keepable && status == SC_OK && request.getSession(false) == null
                    && getContentType() != null && getContentType().startsWith("text/html")
                    && StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding());
            return keep ? body.toByteArray() : null;
        }

        void sendAsRendered() throws IOException {
            releaseFlashToken();
            if (!passedThrough && body.size() > 0) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passThrough(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passThrough(sc);
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passThrough(SC_FOUND);
            super.sendRedirect(location);
        }

        private void passThrough(int sc) {
            releaseFlashToken();
            status = sc;
            keepable = false;
            passedThrough = true;
        }

        /**
         * Any cookie makes the page one not to keep, but the token of Faces' flash, which matters only after
         * a redirect of a postback: it is held back, and sent only with a page that is not kept.
         */
        @Override
        public void addCookie(Cookie cookie) {
            if (FLASH_TOKEN.equals(cookie.getName()) && !passedThrough) {
                flashToken = cookie;
                return;
            }
            keepable = false;
            super.addCookie(cookie);
        }

        private void releaseFlashToken() {
            if (flashToken != null) {
                super.addCookie(flashToken);
                flashToken = null;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            keepable &= !"Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            keepable &= !"Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is rendered in one go");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length of what is sent is set when it is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length of what is sent is set when it is sent
        }

        @Override
        public void flushBuffer() {
            // held back until the rendering is done
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }
    }
}
