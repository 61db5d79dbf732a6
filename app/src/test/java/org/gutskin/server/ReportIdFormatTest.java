package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Report-id templates: the expected ids are written out by hand from the template's rules. */
class ReportIdFormatTest {

    @Test
    void fieldsAreFilledAsDocumented() {
        LocalDate d = LocalDate.of(2026, 3, 7);
        assertThat(ReportIdFormat.parse("{tenant}-{yyyy}-{seq:05}").format("acme", d, 42)).isEqualTo("acme-2026-00042");
        assertThat(ReportIdFormat.parse("GS/{yy}{mm}/{seq}").format("acme", d, 7)).isEqualTo("GS/2603/7");
        // the tenant's name reduced to letters, digits and single hyphens
        assertThat(ReportIdFormat.parse("{tenant}.{seq:03}").format("St. Mary's Lab ", d, 1)).isEqualTo("St-Mary-s-Lab.001");
        // a number wider than its padding is printed whole
        assertThat(ReportIdFormat.parse("{seq:02}").format("x", d, 1234)).isEqualTo("1234");
        assertThat(ReportIdFormat.DEFAULT).isEqualTo("{tenant}-{yyyy}-{seq:05}");
    }

    @Test
    void badTemplatesAreRefusedAtSaveTimeNamingTheProblem() {
        assertThatThrownBy(() -> ReportIdFormat.parse("{tenant}-{yyyy}")).isInstanceOf(ApiError.class)
                .hasMessage("report-id format '{tenant}-{yyyy}': needs {seq} (or {seq:0N}) so that no two reports"
                        + " share an id");
        assertThatThrownBy(() -> ReportIdFormat.parse("{lab}-{seq}")).hasMessageContaining("unknown field {lab}");
        assertThatThrownBy(() -> ReportIdFormat.parse("{seq:5}")).hasMessageContaining("unknown field {seq:5}");
        assertThatThrownBy(() -> ReportIdFormat.parse("{seq:00}")).hasMessageContaining("unknown field {seq:00}");
        assertThatThrownBy(() -> ReportIdFormat.parse("{seq")).hasMessageContaining("a '{' or '}' that does not"
                + " enclose a field");
        assertThatThrownBy(() -> ReportIdFormat.parse("<b>{seq}")).hasMessageContaining("literal text may hold"
                + " letters, digits and - _ . / only, not '<b>'");
        assertThatThrownBy(() -> ReportIdFormat.parse("a b {seq}")).hasMessageContaining("not 'a b '");
        assertThatThrownBy(() -> ReportIdFormat.parse("")).hasMessageStartingWith("report-id format: 1 to 100");
        assertThatThrownBy(() -> ReportIdFormat.parse("x".repeat(100) + "{seq}")).hasMessageStartingWith(
                "report-id format: 1 to 100");
    }
}
