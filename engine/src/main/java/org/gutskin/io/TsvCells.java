package org.gutskin.io;

/**
 * The one way a text cell — a sample id, a taxon name, a group label, a term — is written into a TSV output that a
 * spreadsheet may open ({@code alpha}, {@code beta}, {@code score}, {@code evaluate}, the cohort and replication
 * tables). Numbers go through {@link TsvNumbers} instead, so a negative number is never touched here.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a cell starting with {@code =}, {@code +}, {@code -} or {@code @}
 * is run as a formula by Excel, LibreOffice and Google Sheets, so such a cell is written with a leading
 * apostrophe ({@code '=1+1}), which spreadsheets show as text. A tab or line break inside a cell would forge
 * another column or row; names holding one are refused where they are read ({@code profile.NameCharacters}), so
 * meeting one here is a bug and fails loudly rather than writing a forged row.
 */
public final class TsvCells {

    private TsvCells() {}

    public static String text(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r')
                throw new IllegalArgumentException("a TSV text cell holds a tab or line break (at " + i + ")");
        }
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
