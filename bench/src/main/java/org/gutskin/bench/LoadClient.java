package org.gutskin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] l = new long[1 << 16];
                int n = 0;
                try {
                    while (true) {
                        HttpRequest.Builder rb;
                        if (body == null) {
                            // {n}: a fresh number per request, so the service's report cache cannot answer it
                            String u = url.contains("{n}") ? url.replace("{n}", Long.toString(counter.incrementAndGet()))
                                    : url;
                            rb = HttpRequest.newBuilder(URI.create(u)).GET();
                        } else {
                            String fresh = "load_" + me + "_" + counter.incrementAndGet() + "_" + System.nanoTime();
                            int at = body.indexOf("#" + id + "\t");
                            String b = body.substring(0, at) + "#" + fresh + body.substring(at + 1 + id.length());
                            rb = HttpRequest.newBuilder(URI.create(url + "?filename=" + fresh + ".txt"))
                                    .header("Content-Type", "application/octet-stream")
                                    .POST(HttpRequest.BodyPublishers.ofString(b, StandardCharsets.UTF_8));
                        }
                        for (String h : headers) {
                            int colon = h.indexOf(':');
                            rb.header(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
                        }
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        HttpResponse<byte[]> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        answered.incrementAndGet();
                        if (t0 < warmEnd) continue;
                        if (r.statusCode() >= 400) bad[me]++;
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
}
