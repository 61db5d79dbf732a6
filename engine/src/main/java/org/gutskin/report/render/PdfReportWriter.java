package org.gutskin.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gutskin.report.model.Report;

/**
 * The PDF: the same XHTML page as {@link HtmlReportWriter}, laid out by openhtmltopdf (PDFBox) with the bundled
 * DejaVu Sans (Bitstream Vera licence, in {@code fonts/DejaVu-LICENSE.txt}) embedded so every glyph (α, –, ≤)
 * prints on any machine. "Not medical advice" is in the page footer ({@code @page} margin box) of every page.
 * openhtmltopdf runs no script, so escaped input stays text.
 */
public final class PdfReportWriter {

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        // openhtmltopdf logs every stylesheet parse through java.util.logging; a report command has no use for it
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper());
    }

    /**
     * What PDFBox substitutes for a font a document names without embedding it — the standard 14 PDF fonts that
     * openhtmltopdf sets up for every document (Times, Helvetica, Courier …; their widths come from PDFBox's own
     * AFM metrics, not from this): the bundled DejaVu Sans of the rendering thread, never the machine's fonts.
     * PDFBox's default mapper scans and parses the system's TrueType fonts on first use, a third of the CPU time
     * of the one-page checklist PDF under the C1-only JIT (issue 19); the pages name only the embedded DejaVu, so
     * a substitute is consulted only to draw glyph outlines when a PDF is turned into pixels, and this way a PDF
     * looks the same on every machine.
     */
    private static final class BundledFontMapper implements FontMapper {
        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(FONTS.get()[0], false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(FONTS.get()[0], false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            return new CIDFontMapping(null, FONTS.get()[0], false);
        }
    }

    private PdfReportWriter() {}

    public static void write(Report r, OutputStream out) throws IOException {
        render(HtmlReportWriter.render(r), out);
    }

    /** The clinic checklist as its own PDF (one page). */
    public static void writeChecklist(Report r, OutputStream out) throws IOException {
        render(HtmlReportWriter.renderChecklist(r), out);
    }

    /**
     * Parsed fonts, one pair per thread: parsing the two TTFs costs more than laying out a page, and a PDFBox
     * {@code TrueTypeFont} reads its file lazily, so one instance must not serve two documents at the same time.
     */
    /** Reads the bundled fonts (this class's initialisation) ahead of the first render: {@link ReportRenderer#prepare}. */
    static void prepare() {
        // nothing else: the parsed fonts are per thread (FONTS), so only the initialiser can be done elsewhere
    }

    private static final ThreadLocal<TrueTypeFont[]> FONTS = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
        parse(REGULAR), parse(BOLD)});

    static void render(String xhtml, OutputStream out) throws IOException {
        TrueTypeFont[] ttf = FONTS.get();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf[0], true)), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf[1], true)), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        }
    }

    private static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) throw new IllegalStateException("font " + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
