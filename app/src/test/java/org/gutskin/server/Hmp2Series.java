package org.gutskin.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A real HMP2 series for the service and browser tests: subject E5002 (non-IBD) of MaAsLin2's example, its five
 * stool samples of visits 2–6, cut from the engine's test resource {@code HMP2_taxonomy.tsv.gz} (MIT) and laid out
 * as a plain table with taxa as rows (what an upload detects). The example carries visit numbers, not dates:
 * {@link #DATES} are illustrative, two weeks apart in visit order (HMP2's stool samples were about two weeks apart).
 */
final class Hmp2Series {

    static final String SUBJECT = "E5002";
    static final List<String> SAMPLES = List.of("ESM5GEYU_P", "ESM5GEZ1_P", "ESM5GEZ3_P", "ESM5MEBP_P", "ESM5ME9H_P");
    static final List<String> DATES = List.of("2014-03-01", "2014-03-15", "2014-03-29", "2014-04-12", "2014-04-26");
    static final Path SOURCE = Path.of("..", "engine", "src", "test", "resources", "org", "gutskin", "cohort", "model",
            "hmp2", "HMP2_taxonomy.tsv.gz");

    private Hmp2Series() {}

    /** The five samples as a TSV (a header row of sample ids, one row per species), as bytes. */
    static byte[] table() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SOURCE)), StandardCharsets.UTF_8))) {
            String[] species = r.readLine().split("\t");
            String[][] rows = new String[SAMPLES.size()][];
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t", -1);
                int i = SAMPLES.indexOf(c[0]);
                if (i >= 0) rows[i] = c;
            }
            StringBuilder b = new StringBuilder("taxon");
            for (String s : SAMPLES) b.append('\t').append(s);
            b.append('\n');
            for (int t = 1; t < species.length; t++) {
                b.append(species[t]);
                for (String[] row : rows) b.append('\t').append(row[t]);
                b.append('\n');
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the series under its subject and dates each sample; returns the sample ids in visit order. */
    static List<Long> upload(Client c) {
        Client.Res up = c.upload("E5002_visits.tsv", table());
        if (up.status() != 201 && up.status() != 200) throw new AssertionError(up.status() + " " + up.body());
        List<Long> ids = new ArrayList<>();
        for (String s : SAMPLES)
            for (var n : up.json().get("samples"))
                if (n.get("name").asText().equals(s)) ids.add(n.get("id").asLong());
        for (int i = 0; i < ids.size(); i++) {
            Client.Res a = c.postJson("/api/samples/" + ids.get(i) + "/subject",
                    java.util.Map.of("subject", SUBJECT, "collected", DATES.get(i)));
            if (a.status() != 200) throw new AssertionError(a.status() + " " + a.body());
        }
        return ids;
    }
}
