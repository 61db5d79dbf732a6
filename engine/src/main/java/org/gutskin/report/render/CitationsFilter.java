package org.gutskin.report.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/**
 * Pebble filter {@code cites}: a list of citation identifiers as a small bracketed list of links (DOI →
 * doi.org, PMID as text, a URL as itself). Every identifier is escaped here because the result is marked safe.
 * Links are only followed on click: the page itself fetches nothing.
 */
final class CitationsFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
        if (!(input instanceof List<?> list) || list.isEmpty()) return new SafeString("");
        StringBuilder b = new StringBuilder(" <span class=\"cite\">[");
        boolean first = true;
        for (Object o : list) {
            if (o == null) continue;
            String c = o.toString();
            if (!first) b.append("; ");
            first = false;
            if (c.startsWith("http://") || c.startsWith("https://"))
                b.append("<a href=\"").append(Svg.text(c)).append("\">").append(Svg.text(c)).append("</a>");
            else if (c.startsWith("PMID:")) b.append(Svg.text(c));
            else b.append("<a href=\"https://doi.org/").append(Svg.text(c)).append("\">doi:").append(Svg.text(c)).append("</a>");
        }
        return new SafeString(b.append("]</span>").toString());
    }
}
