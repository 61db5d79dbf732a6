package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.gutskin.io.InputException;
import org.gutskin.io.InputLimits;

/**
 * The configuration of {@code gutskin serve}: every key once ({@link #KEYS}), each settable by a command-line flag
 * ({@code --KEY}), an environment variable ({@code GUTSKIN_KEY}, upper case, dashes as underscores) and a
 * configuration file ({@code --config FILE}: YAML, or Java properties when the name ends in {@code .properties}),
 * taken in that order of precedence — flag, then environment, then file, then the default. Secrets (the database
 * password, the metrics token) have no flag, so they never show in a process list, and are masked wherever the
 * effective configuration is printed ({@link #describe}).
 */
public final class ServiceConfig {

    /** Where a value came from. */
    public enum Source { FLAG, ENV, FILE, DEFAULT }

    /** One setting: its key (the flag is {@code --key}), default (null: none), whether it is a secret, and what it does. */
    public record Key(String name, String defaultValue, boolean secret, String description) {

        /** The environment variable: GUTSKIN_ and the key in upper case with underscores. */
        public String env() {
            return "GUTSKIN_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        /** False for secrets: they are read from the environment or the file only. */
        public boolean hasFlag() {
            return !secret;
        }
    }

    /** Every key, in the order the configuration is printed and documented (docs/service.md). */
    public static final List<Key> KEYS = List.of(
            new Key("host", "127.0.0.1", false, "address to listen on; 0.0.0.0 = every interface"),
            new Key("port", "8080", false, "TCP port; 0 = any free port"),
            new Key("data-dir", null, false, "data directory (the embedded database); default ~/.gutskin/data"),
            new Key("db", null, false, "JDBC URL of the database, e.g. jdbc:postgresql://localhost:5432/gutskin; "
                    + "default: embedded H2 in data-dir"),
            new Key("db-user", null, false, "database user (or in the URL)"),
            new Key("db-password", null, true, "database password (environment or file only)"),
            new Key("demo", "false", false, "on first start, create the demo tenant (never with real data)"),
            new Key("trusted-proxy", null, false, "comma-separated addresses of reverse proxies whose "
                    + "X-Forwarded-For/-Proto/-Host are believed"),
            new Key("max-upload-mb", "64", false, "upload size limit, MB as sent"),
            new Key("max-decoded-mb", "256", false, "how far one upload may expand when decompressed, MB"),
            new Key("max-samples-per-upload", "5000", false, "samples one upload may hold (more: 413)"),
            new Key("max-threads", "250", false, "request threads"),
            new Key("max-connections-per-address", "64", false, "open connections one client address may hold"),
            new Key("max-renders-per-tenant", "4", false, "uncached reports one lab may render at once"),
            new Key("render-wait-ms", "2000", false, "how long an uncached report waits for a render slot before 429"),
            new Key("token-ttl-days", "90", false, "API token lifetime, days"),
            new Key("audit-retention-days", "400", false, "audit entries older than this are deleted"),
            new Key("metrics-token", null, true, "bearer token that may read /metrics only, for a Prometheus "
                    + "scraper (environment or file only); without it, lab-admins only"),
            new Key("shutdown-timeout-seconds", "20", false, "on SIGTERM, how long requests in flight may take"),
            new Key("access-log", "true", false, "one JSON line per request on standard output"));

    private static final Map<String, Key> BY_NAME = KEYS.stream()
            .collect(Collectors.toMap(Key::name, k -> k, (a, b) -> a, LinkedHashMap::new));

    private final Map<String, String> values;
    private final Map<String, Source> sources;
    private final String origin;

    private ServiceConfig(Map<String, String> values, Map<String, Source> sources, String origin) {
        this.values = values;
        this.sources = sources;
        this.origin = origin;
    }

    /**
     * Merges the layers, key by key: a flag's value, else the environment's, else the file's, else the default.
     * {@code flags} and {@code file} are keyed by {@link Key#name}, {@code env} by {@link Key#env}; an unknown key in
     * {@code flags} or {@code file} is an error naming it. {@code origin} names the file in messages (may be null).
     */
    public static ServiceConfig resolve(Map<String, String> flags, Map<String, String> env, Map<String, String> file,
            String origin) {
        for (String k : flags.keySet()) key(k, "a flag");
        for (String k : file.keySet()) key(k, origin);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Key k : KEYS) {
            String v;
            Source s;
            if (k.hasFlag() && flags.get(k.name()) != null) {
                v = flags.get(k.name());
                s = Source.FLAG;
            } else if (env.get(k.env()) != null && !env.get(k.env()).isEmpty()) {
                v = env.get(k.env());
                s = Source.ENV;
            } else if (file.get(k.name()) != null) {
                v = file.get(k.name());
                s = Source.FILE;
            } else {
                v = k.defaultValue();
                s = Source.DEFAULT;
            }
            values.put(k.name(), v);
            sources.put(k.name(), s);
        }
        return new ServiceConfig(values, sources, origin);
    }

    private static Key key(String name, String where) {
        Key k = BY_NAME.get(name);
        if (k == null) {
            throw new InputException(where == null ? "configuration" : where, 0, "unknown setting '" + name
                    + "'; expected one of " + String.join(", ", BY_NAME.keySet()), null);
        }
        return k;
    }

    /**
     * A configuration file's settings by key: YAML (a map of key: value; a list is joined with commas), or Java
     * properties when the name ends in {@code .properties}. A malformed file is an error naming it.
     */
    public static Map<String, String> readFile(Path file) {
        String name = file.getFileName().toString();
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".properties")) {
                Properties p = new Properties();
                p.load(r);
                for (String k : p.stringPropertyNames()) out.put(k.strip(), p.getProperty(k).strip());
                return out;
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(r);
            if (root == null || root.isMissingNode() || root.isNull()) return out;
            if (!root.isObject()) throw new InputException(name, 0, "expected a map of setting: value", null);
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                JsonNode v = e.getValue();
                if (v.isObject()) {
                    throw new InputException(name, 0, e.getKey() + ": expected a value or a list, not a map", null);
                }
                List<String> items = new ArrayList<>();
                if (v.isArray()) v.forEach(i -> items.add(i.asText()));
                out.put(e.getKey(), v.isArray() ? String.join(",", items) : v.isNull() ? null : v.asText());
            }
            return out;
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read the configuration: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), null);
        }
    }

    public String get(String name) {
        key(name, "a lookup");
        return values.get(name);
    }

    public Source source(String name) {
        key(name, "a lookup");
        return sources.get(name);
    }

    int integer(String name, int min) {
        String v = get(name);
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InputException(where(name), 0, name + ": expected a whole number of at least " + min + ", not '"
                + v + "'", null);
    }

    boolean bool(String name) {
        String v = get(name).strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) return true;
        if (v.equals("false") || v.equals("no") || v.equals("off")) return false;
        throw new InputException(where(name), 0, name + ": expected true or false, not '" + get(name) + "'", null);
    }

    private String where(String name) {
        return switch (sources.get(name)) {
            case FLAG -> "--" + name;
            case ENV -> BY_NAME.get(name).env();
            case FILE -> origin == null ? "configuration file" : origin;
            case DEFAULT -> "default";
        };
    }

    /**
     * The server's options from this configuration; {@code defaultDataDir} when data-dir is not set. A value of
     * the wrong kind is an {@link InputException} naming the key and where it came from.
     */
    public ServerOptions toOptions(Path defaultDataDir) {
        String dir = get("data-dir");
        String proxies = get("trusted-proxy");
        Set<String> trusted = proxies == null ? Set.of() : Arrays.stream(proxies.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULTS
                .withThreads(integer("max-threads", 8), integer("max-connections-per-address", 1))
                .withTokenTtl(Duration.ofDays(integer("token-ttl-days", 1))).withTrustedProxies(trusted)
                .withAuditRetentionDays(integer("audit-retention-days", 1))
                .withMaxSamplesPerUpload(integer("max-samples-per-upload", 1))
                .withMaxRendersPerTenant(integer("max-renders-per-tenant", 1));
        ServerOptions.Ops ops = new ServerOptions.Ops(blankToNull(get("metrics-token")),
                Duration.ofSeconds(integer("shutdown-timeout-seconds", 0)), bool("access-log"),
                Duration.ofMillis(integer("render-wait-ms", 0)));
        return new ServerOptions(get("host"), integer("port", 0), blankToNull(get("db")), blankToNull(get("db-user")),
                blankToNull(get("db-password")), dir == null || dir.isBlank() ? defaultDataDir : Path.of(dir),
                integer("max-upload-mb", 1) * 1024L * 1024, bool("demo"), limits,
                InputLimits.SERVER.withMaxDecodedMb(integer("max-decoded-mb", 1)), ops);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The effective configuration, one line per key: {@code key = value (source)}; secrets as {@code ****} and a
     * password inside a JDBC URL masked, unset keys as {@code (none)} — but an unset data-dir as the directory the
     * service will use, {@code defaultDataDir} (as {@link #toOptions} does), so the printout says where the data is.
     */
    public List<String> describe(Path defaultDataDir) {
        List<String> lines = new ArrayList<>();
        for (Key k : KEYS) {
            String v = values.get(k.name());
            if (k.name().equals("data-dir") && (v == null || v.isBlank())) v = defaultDataDir.toString();
            String shown = v == null ? "(none)" : k.secret() ? "****" : maskUrlPassword(v);
            lines.add(k.name() + " = " + shown + " (" + sources.get(k.name()).name().toLowerCase(Locale.ROOT)
                    + (sources.get(k.name()) == Source.ENV ? " " + k.env() : "") + ")");
        }
        return lines;
    }

    /** {@code password=secret} inside a JDBC URL (or user:secret@host) shown as {@code password=****}. */
    static String maskUrlPassword(String v) {
        return v.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("(//[^/:@]+:)[^@/]*@", "$1****@");
    }
}
