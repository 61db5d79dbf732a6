package org.gutskin.io;

/**
 * What every HTML page gutskin writes shares: one Content-Security-Policy and one escaper for text from input
 * files (taxon names, sample ids, column names), in element content and in quoted attributes alike.
 */
public final class Html {

    /**
     * The pages' policy: nothing is fetched or run; inline styles are allowed, and images only from the page's own
     * place ({@code 'self'}: a cohort's {@code summary.html} shows the SVG files beside it) or inline as
     * {@code data:} URIs (the report's charts).
     */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

    /**
     * {@link #CSP} as the {@code <meta>} element that carries it in a page's head, written so that it is valid
     * both as HTML and as XHTML (the PDF renderer parses the report as XML); the page layout inserts it.
     */
    public static final String CSP_META = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\"/>";

    /**
     * The same policy as an HTTP header for a document the service serves (a report, a cohort page): also
     * {@code data:} fonts (the report embeds its font) and framing only by the service's own pages (the UI previews a
     * report in a frame).
     */
    public static final String SERVED_DOCUMENT_CSP = CSP + "; font-src data:; frame-ancestors 'self'";

    /**
     * The web application's own pages: unlike a document, the UI runs its scripts and styles, but only from the
     * service itself; no plug-ins, no base-URI rewriting, forms post only back to the service.
     */
    public static final String APP_CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'";

    private Html() {}

    /**
     * Escapes {@code & < > " '} so input text stays text in HTML, XHTML and SVG; a control character that XML 1.0
     * does not allow becomes a space. {@code null} is the empty string.
     */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? " " : null;
            };
            if (r == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }
}
