package org.gutskin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The OWASP CSV-injection rule: a text cell starting with = + - @ gets a leading apostrophe; nothing else changes. */
class TsvCellsTest {

    @Test
    void formulaTriggersArePrefixedWithAnApostrophe() {
        assertThat(TsvCells.text("=HYPERLINK(\"http://x\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(TsvCells.text("+1+1")).isEqualTo("'+1+1");
        assertThat(TsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(TsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinaryCellsAreUnchanged() {
        assertThat(TsvCells.text("SRR1761667")).isEqualTo("SRR1761667");
        assertThat(TsvCells.text("k__Bacteria|s__A=B")).isEqualTo("k__Bacteria|s__A=B"); // only the first character
        assertThat(TsvCells.text("'quoted")).isEqualTo("'quoted");
        assertThat(TsvCells.text("")).isEmpty();
    }

    @Test
    void aTabOrLineBreakInsideACellFailsInsteadOfForgingARow() {
        assertThatThrownBy(() -> TsvCells.text("S1\tfake")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TsvCells.text("S1\nS2")).isInstanceOf(IllegalArgumentException.class);
    }
}
