package org.gutskin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void nullIsEmpty() {
        assertEquals("", Html.escape(null));
    }

    @Test
    void escapesMarkupQuotesAndXmlForbiddenControls() {
        assertEquals("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;R&amp;D&lt;/b&gt; x\ty", Html.escape("<b a=\"1\" c='2'>R&D</b>\u0001x\ty"));
        String plain = "Faecalibacterium prausnitzii";
        assertSame(plain, Html.escape(plain));
    }

    @Test
    void thePolicyFetchesNothingButImagesBesideThePage() {
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:", Html.CSP);
    }
}
