package org.gutskin.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab's report-id template, e.g. {@code {tenant}-{yyyy}-{seq:05}} → {@code acme-2026-00042}. Literal text is
 * letters, digits and {@code - _ . /}; the fields are {@code {tenant}} (the tenant's name, reduced to letters,
 * digits and hyphens), {@code {yyyy}}, {@code {yy}}, {@code {mm}} (when the number was given) and {@code {seq}} or
 * {@code {seq:0N}} (the tenant's running number, zero-padded to N digits, N from 1 to 9). {@code {seq}} is required,
 * so two reports never share an id. Checked when it is saved ({@link #parse}), so a bad template never reaches a
 * report.
 */
public final class ReportIdFormat {

    /** The template used when a branded tenant gives none. */
    public static final String DEFAULT = "{tenant}-{yyyy}-{seq:05}";
    public static final int MAX_LENGTH = 100;

    private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_./-]*");
    private static final Pattern SEQ = Pattern.compile("seq(?::0([1-9]))?");

    private final String template;
    private final List<Object> parts; // String literals and Field values

    private record Field(String name, int width) {}

    private ReportIdFormat(String template, List<Object> parts) {
        this.template = template;
        this.parts = parts;
    }

    public String template() {
        return template;
    }

    /** The template checked; a 400 naming what is wrong otherwise. */
    public static ReportIdFormat parse(String template) {
        String where = "report-id format '" + template + "': ";
        if (template == null || template.isBlank() || template.length() > MAX_LENGTH) {
            throw new ApiError(400, "report-id format: 1 to " + MAX_LENGTH + " characters, e.g. " + DEFAULT);
        }
        List<Object> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        int at = 0;
        boolean seq = false;
        while (m.find()) {
            literal(template.substring(at, m.start()), where, parts);
            String f = m.group(1);
            Matcher s = SEQ.matcher(f);
            if (s.matches()) {
                seq = true;
                parts.add(new Field("seq", s.group(1) == null ? 0 : Integer.parseInt(s.group(1))));
            } else if (f.equals("tenant") || f.equals("yyyy") || f.equals("yy") || f.equals("mm")) {
                parts.add(new Field(f, 0));
            } else {
                throw new ApiError(400, where + "unknown field {" + f + "}; expected {tenant}, {yyyy}, {yy}, {mm},"
                        + " {seq} or {seq:0N}");
            }
            at = m.end();
        }
        literal(template.substring(at), where, parts);
        if (!seq) throw new ApiError(400, where + "needs {seq} (or {seq:0N}) so that no two reports share an id");
        return new ReportIdFormat(template, List.copyOf(parts));
    }

    private static void literal(String text, String where, List<Object> parts) {
        if (text.isEmpty()) return;
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new ApiError(400, where + "a '{' or '}' that does not enclose a field");
        }
        if (!LITERAL.matcher(text).matches()) {
            throw new ApiError(400, where + "literal text may hold letters, digits and - _ . / only, not '" + text + "'");
        }
        parts.add(text);
    }

    /** The id of the tenant's {@code seq}-th report, given on {@code day}. */
    public String format(String tenant, LocalDate day, long seq) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                b.append(s);
                continue;
            }
            Field f = (Field) p;
            switch (f.name()) {
                case "tenant" -> b.append(slug(tenant));
                case "yyyy" -> b.append(String.format(Locale.ROOT, "%04d", day.getYear()));
                case "yy" -> b.append(String.format(Locale.ROOT, "%02d", day.getYear() % 100));
                case "mm" -> b.append(String.format(Locale.ROOT, "%02d", day.getMonthValue()));
                default -> b.append(f.width() == 0 ? Long.toString(seq)
                        : String.format(Locale.ROOT, "%0" + f.width() + "d", seq));
            }
        }
        return b.toString();
    }

    /** The tenant's name as it may stand in an id: letters and digits, other runs as one hyphen. */
    static String slug(String tenant) {
        String s = tenant.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "lab" : s;
    }
}
