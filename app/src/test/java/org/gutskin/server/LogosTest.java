package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The logo check ({@link Logos}): each attack below is a known way an SVG runs script or fetches from elsewhere
 * (OWASP XSS filter evasion, the SVG "XSS vectors" of Heiderich et al. 2011, XXE); each must be gone from the stored
 * logo (or refused) while the drawing itself survives.
 */
class LogosTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 40\" width=\"100\" height=\"40\">";
    private static final String DRAWING = "<rect id=\"r\" x=\"1\" y=\"2\" width=\"30\" height=\"20\" fill=\"#1f3a5f\"/>";

    private static String clean(String svg) {
        Logos.Logo l = Logos.check(svg.getBytes(StandardCharsets.UTF_8));
        assertThat(l.type()).isEqualTo(Logos.SVG);
        String out = new String(l.bytes(), StandardCharsets.UTF_8);
        assertThat(out).as("the drawing survives").contains("<rect").contains("fill=\"#1f3a5f\"");
        return out;
    }

    @Test
    void scriptElementsAreDropped() {
        String out = clean(OPEN + DRAWING + "<script>alert(document.cookie)</script>"
                + "<script type=\"text/ecmascript\"><![CDATA[fetch('https://evil.example/')]]></script></svg>");
        assertThat(out).doesNotContainIgnoringCase("script").doesNotContain("alert").doesNotContain("evil");
    }

    @Test
    void eventHandlersAreDropped() {
        String out = clean(OPEN.replace("<svg ", "<svg onload=\"alert(1)\" ") + DRAWING.replace("<rect ",
                "<rect onclick=\"alert(2)\" onmouseover=\"alert(3)\" ") + "</svg>");
        assertThat(out).doesNotContain("onload").doesNotContain("onclick").doesNotContain("onmouseover")
                .doesNotContain("alert");
    }

    @Test
    void foreignObjectLinksImagesAndStyleSheetsAreDropped() {
        String out = clean(OPEN + DRAWING + "<foreignObject width=\"10\" height=\"10\"><body"
                + " xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"https://evil.example/\"/></body></foreignObject>"
                + "<a href=\"javascript:alert(1)\"><text>click</text></a>"
                + "<image href=\"https://evil.example/pixel.png\" width=\"1\" height=\"1\"/>"
                + "<style>@import url(https://evil.example/x.css);</style>"
                + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>");
        assertThat(out).doesNotContain("foreignObject").doesNotContain("iframe").doesNotContain("javascript")
                .doesNotContain("evil.example").doesNotContain("<image").doesNotContain("<style")
                .doesNotContain("<a").doesNotContain("<set");
    }

    @Test
    void externalReferencesAreDroppedAndInternalOnesKept() {
        String out = clean(OPEN + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>"
                + "</linearGradient><symbol id=\"s\"><circle r=\"3\"/></symbol></defs>" + DRAWING
                + "<use xlink:href=\"http://evil.example/sprite.svg#s\"/>"
                + "<use href=\"https://evil.example/sprite.svg#s\"/>"
                + "<use xlink:href=\"#s\"/>"
                + "<rect width=\"5\" height=\"5\" fill=\"url(https://evil.example/p.svg#g)\"/>"
                + "<rect width=\"6\" height=\"6\" fill=\"url(#g)\"/>"
                + "<rect width=\"7\" height=\"7\" style=\"fill: url(https://evil.example/a)\"/></svg>");
        assertThat(out).doesNotContain("evil.example").contains("xlink:href=\"#s\"").contains("fill=\"url(#g)\"");
        // exactly one <use> survives: the one that points inside the logo
        assertThat(out.split("<use", -1)).hasSize(2);
    }

    @Test
    void dataUrlsAreDropped() {
        String out = clean(OPEN + DRAWING
                + "<use xlink:href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+\"/>"
                + "<rect width=\"5\" height=\"5\" fill=\"url(data:image/png;base64,AAAA)\"/>"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>");
        assertThat(out).doesNotContain("data:").doesNotContain("base64");
    }

    @Test
    void anXxeEntityIsRefusedAndNothingIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<text>&x;</text></svg>";
        assertThatThrownBy(() -> Logos.check(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ApiError.class)
                .hasMessage("logo: an SVG with a DOCTYPE (DTD or entities) is refused")
                .satisfies(e -> assertThat(((ApiError) e).status).isEqualTo(400));
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + OPEN + "<text>&b;</text></svg>";
        assertThatThrownBy(() -> Logos.check(billionLaughs.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void whatIsNotAPngOrAnSvgIsRefusedWithOneLine() {
        assertThatThrownBy(() -> Logos.check("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("logo: expected a PNG or an SVG file").satisfies(e -> assertThat(((ApiError) e).status)
                        .isEqualTo(415));
        assertThatThrownBy(() -> Logos.check("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("logo: an SVG file's root element is <svg> in the SVG namespace");
        assertThatThrownBy(() -> Logos.check("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"
                .getBytes(StandardCharsets.UTF_8))).hasMessage("logo: not well-formed XML, so not an SVG file");
        assertThatThrownBy(() -> Logos.check(new byte[0])).hasMessage("logo: the file is empty");
        byte[] big = new byte[Logos.MAX_BYTES + 1];
        big[0] = '<';
        assertThatThrownBy(() -> Logos.check(big)).hasMessage("logo: larger than 256 KB")
                .satisfies(e -> assertThat(((ApiError) e).status).isEqualTo(413));
        // a PNG signature in front of anything else is no PNG
        byte[] fake = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 10,
            0, 0, 0, 10, 8, 2, 0, 0, 0, 1, 2, 3, 4};
        assertThatThrownBy(() -> Logos.check(fake)).hasMessage("logo: not a valid PNG (its image data cannot be read)");
    }

    @Test
    void aPngIsKeptAsSentAndAHugeOneIsRefusedBeforeDecoding() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        Logos.Logo l = Logos.check(png.toByteArray());
        assertThat(l.type()).isEqualTo(Logos.PNG);
        assertThat(l.bytes()).isEqualTo(png.toByteArray());
        assertThat(l.dataUri()).startsWith("data:image/png;base64,iVBORw0KGgo");
        // the header of a 100,000 × 100,000 PNG: refused from its IHDR, no pixel buffer allocated
        byte[] huge = png.toByteArray().clone();
        huge[16] = 0; huge[17] = 1; huge[18] = (byte) 0x86; huge[19] = (byte) 0xa0; // width 100000
        huge[20] = 0; huge[21] = 1; huge[22] = (byte) 0x86; huge[23] = (byte) 0xa0; // height 100000
        assertThatThrownBy(() -> Logos.check(huge)).hasMessage("logo: a PNG of 1 to 4096 pixels a side, not 100000 × 100000");
    }
}
