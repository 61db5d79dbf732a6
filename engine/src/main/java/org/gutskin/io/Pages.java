package org.gutskin.io;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way gutskin makes an HTML page: a Pebble template that extends {@link #LAYOUT} (the head with
 * {@link Html#CSP}, the shared stylesheet {@code base.css}, the provenance footer), evaluated by an engine built
 * here. Every value is escaped by {@link Html#escape} (strict auto-escaping; only what a template marks
 * {@code | raw} — charts built with their own escaping — is inserted as it is). Pages that need their own filters
 * pass them as extensions; the configuration is the same for all.
 *
 * <p>Filters every page has: {@code num} (a statistic as {@link #number} writes it).
 */
public final class Pages {

    /** The layout every page extends: blocks {@code title}, {@code style} (page-only CSS) and {@code body}. */
    public static final String LAYOUT = "org/gutskin/io/templates/page.peb";

    private Pages() {}

    /** The engine of pages that need no filter of their own. */
    private static final class Default {
        static final PebbleEngine ENGINE = engine();
    }

    /** A template of the default engine, by its class-path name. */
    public static PebbleTemplate template(String path) {
        return Default.ENGINE.getTemplate(path);
    }

    /** An engine with the shared configuration and {@code extra} page-specific extensions. */
    public static PebbleEngine engine(Extension... extra) {
        return new PebbleEngine.Builder()
                .loader(new ClasspathLoader())
                .strictVariables(false)
                .autoEscaping(true)
                .addEscapingStrategy("gutskin", Html::escape)
                .defaultEscapingStrategy("gutskin")
                .defaultLocale(Locale.ROOT)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of("num", new NumberFilter());
                    }

                    @Override
                    public Map<String, Object> getGlobalVariables() {
                        return Map.of("cspMeta", Html.CSP_META);
                    }
                })
                .extension(extra)
                .build();
    }

    /** Evaluates a template into a string. */
    public static String render(PebbleTemplate template, Map<String, Object> context) {
        StringWriter w = new StringWriter(32 * 1024);
        try {
            template.evaluate(w, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * A statistic for a reader: four decimals, or three significant digits for values below 0.001 or from
     * 100 000 on; "–" when undefined. (TSV files keep full precision: {@link TsvNumbers}.)
     */
    public static String number(double v) {
        if (Double.isNaN(v)) return "–";
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return String.format(Locale.ROOT, "%.3g", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static final class NumberFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
            return input instanceof Number n ? number(n.doubleValue()) : input == null ? "–" : input;
        }
    }
}
