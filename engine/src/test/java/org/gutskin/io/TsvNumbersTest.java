package org.gutskin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TsvNumbersTest {

    @Test
    void oneSpellingForEveryTable() {
        assertEquals("NaN", TsvNumbers.format(Double.NaN));
        assertEquals("3", TsvNumbers.format(3.0));
        assertEquals("-0.9", TsvNumbers.format(-0.9));
        double third = 1.0 / 3;
        assertEquals(third, Double.parseDouble(TsvNumbers.format(third))); // full precision, not 6 digits
        assertEquals("Infinity", TsvNumbers.format(Double.POSITIVE_INFINITY));
    }
}
