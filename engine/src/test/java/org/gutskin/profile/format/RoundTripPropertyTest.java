package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Every writer/reader pair gives back the table it was given (sample ids, lineages in order, value kind, nesting,
 * every value exactly, and sample metadata where the format carries it), on generated tables: counts or percent,
 * nested MetaPhlAn/Kraken-like trees (with unclassified rows and strain levels) or disjoint features (OTUs with a
 * taxonomy, bare species names), empty samples, odd but legal ids. The reader is chosen by format detection.
 */
class RoundTripPropertyTest {

    @TempDir
    Path dir;

    @Test
    void tsvWriterAndReader() {
        qt().withExamples(100).forAll(tables()).checkAssert(t -> {
            Path f = dir.resolve("t.tsv");
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                TsvWriter.write(t, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Profile p = ProfileFiles.read(f, (Format) null);
            assertSame(t, p.abundance(), false);
        });
    }

    @Test
    void biomJsonWriterAndReader() {
        qt().withExamples(100).forAll(tables()).checkAssert(t -> {
            Path f = dir.resolve("t.biom");
            try (OutputStream o = Files.newOutputStream(f)) {
                BiomJsonWriter.write(t, "test", o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Profile p = ProfileFiles.read(f, (Format) null);
            assertThat(p.format()).isEqualTo(Format.BIOM_JSON);
            assertSame(t, p.abundance(), true);
        });
    }

    private static void assertSame(AbundanceTable expected, AbundanceTable got, boolean metadata) {
        assertThat(got.sampleIds()).isEqualTo(expected.sampleIds());
        assertThat(got.taxa()).isEqualTo(expected.taxa());
        assertThat(got.kind()).isEqualTo(expected.kind());
        assertThat(got.isNested()).isEqualTo(expected.isNested());
        for (int s = 0; s < expected.sampleCount(); s++)
            for (int x = 0; x < expected.taxonCount(); x++)
                assertThat(got.get(s, x)).as("sample %d taxon %d", s, x).isEqualTo(expected.get(s, x));
        if (metadata) assertThat(got.metadata()).isEqualTo(expected.metadata());
    }

    /** A generated table; the generator draws one seed and builds the table from it, so failures replay. */
    static Gen<AbundanceTable> tables() {
        return in -> build(new Random(in.next(Constraint.between(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2))));
    }

    private static final String[] ODD = {"S 1", "Ö-ä", "s.1", "x,y", "α/β", "01"};

    static AbundanceTable build(Random r) {
        boolean counts = r.nextBoolean();
        List<Lineage> taxa = r.nextBoolean() ? tree(r) : features(r);
        // a table is nested when some row is another's ancestor; a "tree" of kingdoms only is just disjoint rows
        boolean nested = Nesting.hasAncestorRows(taxa);
        int ns = 1 + r.nextInt(6);
        AbundanceTableBuilder b = AbundanceTable.builder(counts ? ValueKind.COUNTS : ValueKind.PERCENT, nested);
        for (Lineage l : taxa) b.taxon(l);
        // percent tables keep each sample's top-level total under 100 (the readers refuse more)
        int top = 0;
        for (Lineage l : taxa) if (!nested || l.isUnclassified() || l.rank() == Rank.KINGDOM) top++;
        for (int s = 0; s < ns; s++) {
            String id = r.nextInt(4) == 0 ? ODD[r.nextInt(ODD.length)] + s : "S" + s;
            Map<String, String> meta = new LinkedHashMap<>();
            if (r.nextBoolean()) meta.put("site", r.nextBoolean() ? "gut" : "skin");
            if (r.nextBoolean()) meta.put("age", Integer.toString(r.nextInt(90)));
            b.sample(id, meta);
            boolean empty = r.nextInt(8) == 0;
            for (int x = 0; x < taxa.size(); x++) {
                if (empty || r.nextInt(3) == 0) continue;
                double v;
                if (counts) v = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : r.nextInt(100000);
                else {
                    v = r.nextDouble() * 99.0 / top;
                    if (r.nextInt(4) == 0) v = Math.round(v * 1e5) / 1e5; // MetaPhlAn's 5 decimals
                    if (v == Math.rint(v)) v += 0.5;
                }
                b.add(x, v);
            }
        }
        AbundanceTable t = b.build();
        // out of scope: a percent table without a single non-zero value (nothing tells it from counts), one whose
        // samples all sum to 1 (read as fractions, by design) and one where no sample sums to more than 1 (read as
        // proportions of a subset, by design: MaAsLin2's HMP2 species; a draw of a few tiny values hits it rarely)
        if (!counts && (t.nonZeroCount() == 0 || PercentTotals.looksLikeFractions(t)
                || PercentTotals.totalRange(t)[1] <= 1 + 1e-3)) return build(r);
        return t;
    }

    /** A nested tree: every taxon's ancestors are rows too; sometimes an unclassified row and strain levels. */
    private static List<Lineage> tree(Random r) {
        Set<Lineage> out = new LinkedHashSet<>();
        if (r.nextBoolean()) out.add(Lineage.UNCLASSIFIED);
        int leaves = 1 + r.nextInt(6);
        for (int i = 0; i < leaves; i++) {
            int depth = 1 + r.nextInt(Rank.values().length);
            String[] names = new String[depth];
            for (int d = 0; d < depth; d++) names[d] = Rank.values()[d].label() + "_" + r.nextInt(d < 2 ? 2 : 3);
            for (int d = 1; d <= depth; d++) out.add(Lineage.of(java.util.Arrays.copyOf(names, d)));
        }
        return new ArrayList<>(out);
    }

    /** Disjoint features: OTUs with a taxonomy (maybe partial or empty) and the OTU id at the finest level, or bare species names. */
    private static List<Lineage> features(Random r) {
        List<Lineage> out = new ArrayList<>();
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(3)) {
                case 0 -> out.add(Lineage.ofName(Rank.SPECIES, "Species_" + i + (r.nextBoolean() ? " sp. Ä" : "")));
                case 1 -> {
                    String[] names = new String[Rank.values().length];
                    int depth = r.nextInt(Rank.SPECIES.ordinal() + 1);
                    for (int d = 0; d < depth; d++) names[d] = "T" + d + "_" + r.nextInt(2);
                    names[Rank.STRAIN.ordinal()] = "OTU_" + i;
                    out.add(Lineage.of(names));
                }
                default -> out.add(Lineage.ofName(Rank.STRAIN, "ASV" + Integer.toHexString(r.nextInt()) + "_" + i));
            }
        }
        return out;
    }
}
