package org.gutskin.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of {@code bench/load.sh}: C clients, each one thread with its own keep-alive connection sending
 * requests back to back (closed loop, as wrk does) for a warm-up and then S measured seconds; prints requests per
 * second and the p50 / p99 latency of the measured requests. JDK only, so that load.sh runs it as a single source
 * file ({@code java LoadClient.java …}) with nothing to install or build.
 *
 * <p>Each client speaks HTTP/1.1 on a plain socket (request line, headers, a Content-Length or chunked body read
 * whole), as wrk does, rather than through {@code java.net.http.HttpClient}: 32 HttpClients bring 32 selector
 * threads and their executors, and on a 2-core machine the driver's own CPU then competes with the server it
 * measures (a third of the machine in the first runs).
 *
 * <pre>java LoadClient.java NAME URL SECONDS CLIENTS [--header K:V]... [--upload FILE SAMPLE_ID]</pre>
 * With {@code --upload} every request POSTs FILE with SAMPLE_ID's header renamed to a fresh name (a new upload each
 * time, not an idempotent repeat), to URL with {@code ?filename=NAME.txt} appended. Without it, {@code {n}} in URL
 * is replaced by a fresh number for every request (the uncached scenarios vary a report option with it).
 */
public final class LoadClient {

    public static void main(String[] a) throws Exception {
        String name = a[0], url = a[1];
        int seconds = Integer.parseInt(a[2]), clients = Integer.parseInt(a[3]);
        List<String> headers = new ArrayList<>();
        String upload = null, sample = null;
        for (int i = 4; i < a.length; i++) {
            if (a[i].equals("--header")) headers.add(a[++i]);
            else if (a[i].equals("--upload")) { upload = Files.readString(Path.of(a[++i])); sample = a[++i]; }
            else throw new IllegalArgumentException("unknown argument " + a[i]);
        }
        String body = upload, id = sample;
        AtomicLong counter = new AtomicLong();
        AtomicLong answered = new AtomicLong(); // every answer, warm-up included (load.sh divides the server's CPU by it)
        // one client per connection: HTTP/1.1 and no shared pool, so 32 clients are 32 connections
        long warmEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
        long[][] lat = new long[clients][];
        int[] bad = new int[clients];
        Thread[] ts = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            ts[c] = new Thread(() -> {
                long[] l = new long[1 << 16];
                int n = 0;
                Connection conn = null;
                try {
                    while (true) {
                        String target;
                        byte[] payload = null;
                        if (body == null) {
                            // {n}: a fresh number per request, so the service's report cache cannot answer it
                            target = url.contains("{n}") ? url.replace("{n}", Long.toString(counter.incrementAndGet()))
                                    : url;
                        } else {
                            String fresh = "load_" + me + "_" + counter.incrementAndGet() + "_" + System.nanoTime();
                            int at = body.indexOf("#" + id + "\t");
                            payload = (body.substring(0, at) + "#" + fresh + body.substring(at + 1 + id.length()))
                                    .getBytes(StandardCharsets.UTF_8);
                            target = url + "?filename=" + fresh + ".txt";
                        }
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        if (conn == null) conn = new Connection(URI.create(target));
                        int status = conn.exchange(URI.create(target), headers, payload);
                        long t1 = System.nanoTime();
                        if (conn.closed) conn = null;
                        answered.incrementAndGet();
                        if (t0 < warmEnd) continue;
                        if (status >= 400) bad[me]++;
                        if (n == l.length) l = Arrays.copyOf(l, n * 2);
                        l[n++] = t1 - t0;
                    }
                } catch (Exception e) {
                    System.err.println("LoadClient: " + e);
                    bad[me]++;
                }
                lat[me] = Arrays.copyOf(l, n);
            });
            ts[c].start();
        }
        for (Thread t : ts) t.join();
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        int errors = Arrays.stream(bad).sum();
        if (all.length == 0) {
            System.out.println(name + ": no request completed");
            System.exit(1);
        }
        System.out.println(String.format(Locale.ROOT, "%-28s %9.1f req/s   p50 %7.2f ms   p99 %7.2f ms%s", name,
                all.length / (double) seconds, all[(int) (all.length * 0.50)] / 1e6,
                all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
                errors > 0 ? "   errors/non-2xx: " + errors : "") + "   answers " + answered.get());
    }

    /** One keep-alive HTTP/1.1 connection: sends a request and reads the whole answer (Content-Length or chunked). */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        boolean closed;

        Connection(URI u) throws IOException {
            socket = new Socket(u.getHost(), u.getPort());
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }

        int exchange(URI u, List<String> headers, byte[] payload) throws IOException {
            StringBuilder req = new StringBuilder(payload == null ? "GET " : "POST ").append(u.getRawPath());
            if (u.getRawQuery() != null) req.append('?').append(u.getRawQuery());
            req.append(" HTTP/1.1\r\nHost: ").append(u.getHost()).append(':').append(u.getPort()).append("\r\n");
            for (String h : headers) req.append(h.substring(0, h.indexOf(':')).trim()).append(": ")
                    .append(h.substring(h.indexOf(':') + 1).trim()).append("\r\n");
            if (payload != null) req.append("Content-Type: application/octet-stream\r\nContent-Length: ")
                    .append(payload.length).append("\r\n");
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (payload != null) out.write(payload);
            out.flush();
            String status = line();
            if (status == null) throw new IOException("connection closed before an answer");
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String h; !(h = line()).isEmpty(); ) {
                String k = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String v = h.substring(h.indexOf(':') + 1).trim();
                if (k.equals("content-length")) length = Long.parseLong(v);
                else if (k.equals("transfer-encoding") && v.equalsIgnoreCase("chunked")) chunked = true;
                else if (k.equals("connection") && v.equalsIgnoreCase("close")) closed = true;
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; line()) skip(size);
                while (!line().isEmpty()) { } // trailers
            } else if (length >= 0) skip(length);
            else { in.transferTo(OutputStream.nullOutputStream()); closed = true; }
            if (closed) socket.close();
            return code;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) throw new IOException("connection closed inside a body");
                    k = 1;
                }
                n -= k;
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream(128);
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
                if (c != '\r') b.write(c);
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
