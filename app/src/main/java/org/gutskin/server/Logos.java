package org.gutskin.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A lab's logo, checked before it is stored: a PNG (its signature and header read, its pixels decoded once, at most
 * {@link #MAX_SIDE} pixels a side) or an SVG rebuilt from an allow-list. The SVG is parsed by the JDK's own XML
 * parser with DTDs, entities and every external access refused (so no XXE), then copied element by element into a
 * fresh document: only drawing elements in the SVG namespace and presentation attributes survive. Dropped: scripts,
 * {@code foreignObject}, {@code image}, links, {@code style} elements, animation, event handlers ({@code on*}),
 * comments, and any reference that is not to a {@code #fragment} of the logo itself ({@code href}, {@code url(...)},
 * {@code data:}, {@code javascript:}). Anything else is refused with one line (HTTP 400 / 413, exit 3).
 */
public final class Logos {

    /** Largest logo file accepted, before or after sanitising. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Largest PNG side in pixels (a letterhead logo is printed about 2 cm high). */
    public static final int MAX_SIDE = 4096;

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    /** A logo as stored: its media type and bytes (a PNG as sent, an SVG as rebuilt). */
    public record Logo(String type, byte[] bytes) {

        /** The logo as a {@code data:} URI for a report page (rendering then fetches nothing). */
        public String dataUri() {
            return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask");

    private static final Set<String> ATTRIBUTES = Set.of("id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "d", "points", "width", "height", "viewBox", "preserveAspectRatio", "transform",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "clip-rule",
            "clip-path", "mask", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform",
            "spreadMethod", "clipPathUnits", "maskUnits", "maskContentUnits", "font-family", "font-size",
            "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing", "dx", "dy",
            "version", "style", "href");

    /** A reference that stays inside the logo: {@code url(#id)}. */
    private static final Pattern URL = Pattern.compile("url\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_URL = Pattern.compile("\\s*url\\(\\s*#[A-Za-z_][A-Za-z0-9_.:-]*\\s*\\)\\s*");
    private static final Pattern LOCAL_HREF = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]*");
    /** A style attribute of plain declarations only: no url(), no quotes, escapes or at-rules. */
    private static final Pattern PLAIN_STYLE = Pattern.compile("[A-Za-z0-9\\s:;.,#%-]*");

    private Logos() {}

    /** Checks a logo file and returns it as it will be stored; refuses what is not a PNG or an SVG. */
    public static Logo check(byte[] content) {
        if (content == null || content.length == 0) throw new ApiError(400, "logo: the file is empty");
        if (content.length > MAX_BYTES) {
            throw new ApiError(413, "logo: larger than " + MAX_BYTES / 1024 + " KB");
        }
        if (content.length >= 8 && Arrays.equals(Arrays.copyOf(content, 8), PNG_SIGNATURE)) return png(content);
        if (looksLikeXml(content)) return new Logo(SVG, sanitiseSvg(content));
        throw new ApiError(415, "logo: expected a PNG or an SVG file");
    }

    private static Logo png(byte[] content) {
        // the header (IHDR, right after the signature) gives the size before any pixel is decoded
        if (content.length < 33 || !new String(content, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new ApiError(400, "logo: not a valid PNG (no IHDR header)");
        }
        long w = readInt(content, 16), h = readInt(content, 20);
        if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
            throw new ApiError(400, "logo: a PNG of 1 to " + MAX_SIDE + " pixels a side, not " + w + " × " + h);
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(content)) == null) throw new IOException("unreadable");
        } catch (IOException | RuntimeException e) {
            throw new ApiError(400, "logo: not a valid PNG (its image data cannot be read)");
        }
        return new Logo(PNG, content);
    }

    private static long readInt(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static boolean looksLikeXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        return head.startsWith("<");
    }

    /** The SVG rebuilt from the allow-list, as UTF-8 bytes. */
    static byte[] sanitiseSvg(byte[] content) {
        Document in = parse(content);
        Element root = in.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new ApiError(400, "logo: an SVG file's root element is <svg> in the SVG namespace");
        }
        try {
            Document out = builder().newDocument();
            Element svg = (Element) copy(root, out);
            out.appendChild(svg);
            svg.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK_NS);
            byte[] bytes = serialise(out);
            if (bytes.length > MAX_BYTES) throw new ApiError(413, "logo: larger than " + MAX_BYTES / 1024 + " KB");
            return bytes;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support is incomplete", e);
        }
    }

    /** A copy of an allowed element with its allowed attributes and children; null for anything else. */
    private static Node copy(Node n, Document out) {
        switch (n.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                return out.createTextNode(n.getTextContent());
            }
            case Node.ELEMENT_NODE -> {
                if (!SVG_NS.equals(n.getNamespaceURI()) || !ELEMENTS.contains(n.getLocalName())) return null;
                Element e = out.createElementNS(SVG_NS, n.getLocalName());
                NamedNodeMap attrs = n.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) copyAttribute((Attr) attrs.item(i), e);
                // a <use> whose reference was dropped draws nothing: drop it too
                if ("use".equals(n.getLocalName()) && !e.hasAttributeNS(XLINK_NS, "href")) return null;
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    Node k = copy(c, out);
                    if (k != null) e.appendChild(k);
                }
                return e;
            }
            default -> {
                return null; // comments, processing instructions
            }
        }
    }

    private static void copyAttribute(Attr a, Element to) {
        String ns = a.getNamespaceURI(), name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        String v = a.getValue();
        boolean href = "href".equals(name) && (ns == null || XLINK_NS.equals(ns));
        if (href) {
            // only a reference to a part of the logo itself (a <use> of a <symbol>, a gradient)
            if (LOCAL_HREF.matcher(v.strip()).matches()) to.setAttributeNS(XLINK_NS, "xlink:href", v.strip());
            return;
        }
        if (ns != null || !ATTRIBUTES.contains(name)) return; // on*, xml:base, foreign namespaces, …
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.contains("javascript:") || lower.contains("data:") || lower.contains("expression")) return;
        if (URL.matcher(v).find() && !LOCAL_URL.matcher(v).matches()) return;
        if ("style".equals(name) && !PLAIN_STYLE.matcher(v).matches()) return;
        to.setAttribute(name, v);
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance(); // the JDK's parser, not the classpath's
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static Document parse(byte[] content) {
        try {
            DocumentBuilder b = builder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // the default handler would also print it to standard error
                }
            });
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return b.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) throw new ApiError(400, "logo: an SVG with a DOCTYPE (DTD or entities) is refused");
            throw new ApiError(400, "logo: not well-formed XML, so not an SVG file");
        } catch (IOException e) {
            throw new ApiError(400, "logo: not well-formed XML, so not an SVG file");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a secure configuration", e);
        }
    }

    private static byte[] serialise(Document d) throws TransformerException {
        TransformerFactory tf = TransformerFactory.newDefaultInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer t = tf.newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }
}
