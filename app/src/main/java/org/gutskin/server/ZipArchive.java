package org.gutskin.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gutskin.io.TsvCells;
import org.gutskin.provenance.Provenance;
import org.gutskin.provenance.ProvenanceJson;

/**
 * The one way the service sends an archive (a batch job's results, a tenant export): a zip written entry by entry
 * straight into the response, so only the entry being written is in memory, never the archive. Every archive
 * carries {@code provenance.json} and a {@code manifest.tsv} whose first lines are the provenance as {@code #}
 * comments, then a header and one row per item (text cells through {@link TsvCells}). Entry names are made safe
 * and unique here ({@link #name}).
 */
final class ZipArchive implements AutoCloseable {

    /** Writes the body of an archive; may throw on a database or render failure (the response is then cut off). */
    interface Body {
        void write(ZipArchive zip) throws IOException;
    }

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();

    private ZipArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /**
     * Answers with the archive {@code filename}: headers first (attachment, no caching of patient data), then the
     * body streamed. Everything a request can get wrong must be checked before this is called: once the first
     * byte is out, a failure can only cut the response short (a truncated zip never passes for a whole one).
     */
    static void respond(Context ctx, String filename, Body body) {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "no-store");
        try (ZipArchive z = new ZipArchive(ctx.res().getOutputStream())) {
            body.write(z);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one entry. */
    void add(String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** {@code provenance.json} (the record as every directory output writes it). */
    void provenance(Provenance p) throws IOException {
        add(ProvenanceJson.FILE_NAME, ProvenanceJson.bytes(p));
    }

    /**
     * An entry name under {@code dir} for {@code base} and extension: anything but letters, digits, '.', '-', '_'
     * becomes '_', and a name already used in this archive (case-insensitively) gets {@code -2}, {@code -3} ….
     */
    String name(String dir, String base, String extension) {
        String safe = safe(base);
        String ext = extension.isEmpty() ? "" : "." + extension;
        String n = dir + "/" + safe + ext;
        for (int k = 2; !names.add(n.toLowerCase(Locale.ROOT)); k++) n = dir + "/" + safe + "-" + k + ext;
        return n;
    }

    /** {@code base} as a file name: anything but letters, digits, '.', '-', '_' becomes '_'; at most 150 characters. */
    static String safe(String base) {
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) safe = "_" + safe;
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
    }

    /** A TSV manifest written as an entry, a row at a time ({@link #manifest}). */
    final class Manifest {
        private final StringBuilder row = new StringBuilder();

        /** One row; each cell is text ({@link TsvCells}) or null (written empty). */
        void row(List<String> cells) throws IOException {
            row.setLength(0);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) row.append('\t');
                String c = cells.get(i);
                row.append(c == null ? "" : TsvCells.text(c));
            }
            zip.write(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Ends the manifest entry; the next entry may follow. */
        void end() throws IOException {
            zip.closeEntry();
        }
    }

    /** Starts {@code manifest.tsv}: the provenance as {@code #} lines, then the header row. */
    Manifest manifest(Provenance p, List<String> header) throws IOException {
        zip.putNextEntry(new ZipEntry("manifest.tsv"));
        StringBuilder b = new StringBuilder();
        for (String l : p.lines()) b.append("# ").append(l).append('\n');
        zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
        Manifest m = new Manifest();
        m.row(header);
        return m;
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.close();
    }
}
