package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.cli.ReportCommandTest.Run;
import org.gutskin.testkit.RequiresShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin report --audience}, the checklist PDF written beside an HTML or PDF report and linked from it, and
 * the FHIR accession options: a bad date is bad input (exit 3), one line naming the value, and no file written;
 * with {@code --all}, a {@code --metadata} table's columns give each sample its own subject and dates.
 */
@RequiresShared
class ReportAudienceCommandTest {

    static Run report(Path out, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("report", ReportCommandTest.EXAMPLE.toString(),
                "--sample", "SRR1761667", "--condition", "atopic-dermatitis", "-o", out.toString()));
        args.addAll(List.of(extra));
        return ReportCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void patientHtmlWithItsChecklistBeside(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("me.html");
        Run r = report(out, "--format", "html", "--audience", "patient");
        assertThat(r.code()).as(r.err()).isZero();
        Path checklist = dir.resolve("me.checklist.pdf");
        assertThat(checklist).exists();
        assertThat(Files.readAllBytes(checklist)).startsWith("%PDF".getBytes());
        String html = Files.readString(out);
        assertThat(html).contains("Your gut–skin microbiome report").contains("<a href=\"me.checklist.pdf\">")
                .contains("Words used in this report");
    }

    @Test
    void jsonKeepsTheContractDefaultAndNamesTheAudienceOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.json"), clin = dir.resolve("clin.json");
        assertThat(report(full, "--format", "json").code()).isZero();
        assertThat(report(clin, "--format", "json", "--audience", "clinician").code()).isZero();
        JsonNode f = new ObjectMapper().readTree(full.toFile()), c = new ObjectMapper().readTree(clin.toFile());
        assertThat(f.has("audience")).isFalse();
        assertThat(f.has("plain")).isFalse();
        assertThat(c.get("audience").asText()).isEqualTo("clinician");
        assertThat(dir.resolve("full.checklist.pdf")).doesNotExist(); // JSON and FHIR carry no checklist file
        for (String key : List.of("reportVersion", "sample", "generatedAt", "provenance", "redFlags", "route",
                "diversity", "indices", "conditions", "checklist", "disclaimer"))
            assertThat(c.has(key)).as(key).isTrue();
    }

    @Test
    void badDatesAndAudiencesAreBadInputNamingTheValue(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.fhir.json");
        Run r = report(out, "--format", "fhir", "--collected", "2026-02-30");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("collected: '2026-02-30'").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        Run a = report(out, "--format", "html", "--audience", "everyone");
        assertThat(a.code()).isEqualTo(3);
        assertThat(a.err()).contains("audience").contains("everyone");
        assertThat(out).doesNotExist();
    }

    @Test
    void fhirCarriesTheAccessionFromTheOptions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.fhir.json");
        Run r = report(out, "--format", "fhir", "--subject", "P-0042", "--collected", "2026-11-28",
                "--received", "2026-11-30T09:00:00Z", "--performer", "Example Lab");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode b = new ObjectMapper().readTree(out.toFile());
        List<String> types = new java.util.ArrayList<>();
        b.get("entry").forEach(e -> types.add(e.get("resource").get("resourceType").asText()));
        assertThat(types).contains("Patient", "Organization");
        String specimen = b.toString();
        assertThat(specimen).contains("\"collectedDateTime\":\"2026-11-28\"").contains("\"receivedTime\":\"2026-11-30T09:00:00Z\"");
    }

    @Test
    void batchMetadataGivesEachSampleItsAccession(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("samples.tsv");
        Files.writeString(md, "sample_id\tsubject\tcollected\n" + "SRR1761667\tP-9\t2026-10-01\n");
        Path outDir = dir.resolve("out");
        Run r = ReportCommandTest.run("report", ReportCommandTest.EXAMPLE.toString(), "--all", "--format", "fhir",
                "--metadata", md.toString(), "--performer", "Batch Lab", "-o", outDir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String fhir = Files.readString(outDir.resolve("SRR1761667.fhir.json"));
        assertThat(fhir).contains("\"value\": \"P-9\"").contains("2026-10-01").contains("Batch Lab");
        // a bad cell names the file, the sample and the column; nothing is written
        Files.writeString(md, "sample_id\tcollected\n" + "SRR1761667\t01.10.2026\n");
        Path outDir2 = dir.resolve("out2");
        Run bad = ReportCommandTest.run("report", ReportCommandTest.EXAMPLE.toString(), "--all", "--format", "fhir",
                "--metadata", md.toString(), "-o", outDir2.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("samples.tsv").contains("SRR1761667").contains("collected").contains("01.10.2026");
        assertThat(outDir2.resolve("SRR1761667.fhir.json")).doesNotExist();
    }
}
