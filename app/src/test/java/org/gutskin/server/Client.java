package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A small HTTP client for the service tests: JSON in and out, a Bearer token or a session cookie. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String base;
    String token, cookie, csrf;

    Client(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Client(int port, String token) {
        this(port);
        this.token = token;
    }

    record Res(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Res get(String path) {
        return send(req(path).GET());
    }

    /** Any method, with an empty JSON object as the body of a POST. */
    Res send(String method, String path) {
        return send(req(path).header("Content-Type", "application/json").method(method,
                method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody()));
    }

    Res delete(String path) {
        return send(req(path).DELETE());
    }

    Res postJson(String path, Object body) {
        try {
            return send(req(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST with this text as a JSON body, as given (malformed JSON tests). */
    Res postRaw(String path, String json) {
        return send(req(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of raw bytes with this content type (a logo upload). */
    Res postBytes(String path, String contentType, byte[] content) {
        return send(req(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A GET whose answer is kept as bytes (a PDF). */
    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(req(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new AssertionError(path + ": " + r.statusCode());
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Res upload(String filename, byte[] content) {
        return send(req("/api/uploads?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A file field of a multipart form (name, file name, bytes), or a text field when {@code filename} is null. */
    record Part(String name, String filename, byte[] content) {
        static Part text(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A POST of a multipart/form-data body made of these parts. */
    Res multipart(String path, java.util.List<Part> parts) {
        String boundary = "gutskin-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"\r\nContent-Type: application/octet-stream")
                    + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(req(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Res upload(Path file) {
        try {
            return upload(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder req(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (cookie != null) b.header("Cookie", AuthHandlers.COOKIE + "=" + cookie);
        if (csrf != null) b.header("X-CSRF-Token", csrf);
        return b;
    }

    private static Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Bearer token for a user, obtained with the user's password (POST /api/tokens). */
    static String token(int port, String user, String password) {
        Res r = new Client(port).postJson("/api/tokens", java.util.Map.of("username", user, "password", password,
                "name", "test"));
        if (r.status() != 201) throw new AssertionError("token: " + r.status() + " " + r.body());
        return r.json().get("token").asText();
    }
}
