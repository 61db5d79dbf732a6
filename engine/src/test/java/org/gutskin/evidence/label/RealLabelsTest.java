package org.gutskin.evidence.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Real product labels from public pages ({@code real-labels.json}: text as printed, the page it came from, and the
 * organisms, dose and verdict expected by reading the label, not by running the code). Reports how many parse
 * exactly; every expected verdict must hold, and the exact count must not fall below the last measured one.
 */
class RealLabelsTest {

    /** Measured when the set was written; raise it when the parser improves, never lower it silently. */
    private static final int EXACT_AT_LEAST = 62;

    @Test
    void realLabelsParse() throws Exception {
        JsonNode labels;
        try (InputStream in = getClass().getResourceAsStream("real-labels.json")) {
            labels = new ObjectMapper().readTree(in);
        }
        LabelChecker checker = new LabelChecker(KnowledgeBase.get());
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode l : labels) {
            assertThat(l.path("source").asText()).as("source of " + l.path("product")).startsWith("http");
            String condition = l.hasNonNull("condition") ? l.get("condition").asText() : null;
            LabelVerdict v = checker.evaluate(l.get("text").asText(), condition);
            if (l.hasNonNull("verdict"))
                assertThat(v.verdict().id()).as(l.get("product").asText()).isEqualTo(l.get("verdict").asText());
            List<String> why = new ArrayList<>();
            TreeSet<String> expected = new TreeSet<>(), got = new TreeSet<>();
            for (JsonNode o : l.get("organisms"))
                expected.add(o.get("name").asText() + "|" + (o.hasNonNull("strain") ? StrainDesignation.key(o.get("strain").asText()) : "-")
                        + "|" + o.get("strainLevel").asBoolean());
            for (LabelOrganism o : v.label().organisms())
                got.add(o.name() + "|" + (o.strain() == null ? "-" : StrainDesignation.key(o.strain())) + "|" + o.strainLevel());
            if (!expected.equals(got)) why.add("organisms " + got + " expected " + expected);
            JsonNode d = l.get("dose");
            Dose dose = v.label().dose();
            if (d == null || d.isNull()) {
                if (dose != null) why.add("dose " + dose + " expected none");
            } else if (dose == null) why.add("no dose, expected " + d);
            else if (!close(dose.amount(), d.get("amount").asDouble()) || !close(dose.perDay(), d.get("perDay").asDouble())
                    || !dose.unit().word().equals(d.get("unit").asText()))
                why.add("dose " + dose.amount() + " " + dose.unit().word() + ", " + dose.perDay() + "/day expected " + d);
            if (why.isEmpty()) exact++;
            else misses.add(l.get("product").asText() + ": " + String.join("; ", why));
        }
        System.out.println("Real labels: " + exact + " of " + labels.size() + " parse exactly");
        misses.forEach(m -> System.out.println("  not exact - " + m));
        assertThat(exact).as(String.join("\n", misses)).isGreaterThanOrEqualTo(EXACT_AT_LEAST);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }
}
