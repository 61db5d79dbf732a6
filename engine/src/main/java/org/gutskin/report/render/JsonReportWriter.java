package org.gutskin.report.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.gutskin.report.model.Report;

/**
 * The report as JSON with the contract's stable keys ({@code ../shared/contract/cli.md}, "Report JSON"); the
 * shipped schema {@code org/gutskin/report/report.schema.json} describes it. NaN never appears: undefined numbers
 * are null.
 */
public final class JsonReportWriter {

    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

    private JsonReportWriter() {}

    public static void write(Report r, OutputStream out) throws IOException {
        WRITER.writeValue(out, r);
        out.write('\n');
    }

    public static String toJson(Report r) {
        try {
            return WRITER.writeValueAsString(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
