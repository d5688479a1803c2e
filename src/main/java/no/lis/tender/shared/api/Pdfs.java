package no.lis.tender.shared.api;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A PDF answer that a browser saves under its own name, æ ø å included (RFC 6266 / 5987). */
public final class Pdfs {

    private Pdfs() {
    }

    public static Response attachment(byte[] pdf, String fileName) {
        return attachment(pdf, "application/pdf", fileName);
    }

    /** Any file to save under its own name, such as an eForms notice ({@code application/xml}). */
    public static Response attachment(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", contentDisposition(fileName))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The {@code Content-Disposition} that saves a download as {@code fileName}. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
