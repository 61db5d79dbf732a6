package org.gutskin.evidence.label;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract's "Label verdict JSON": {@code input}, {@code condition}, {@code organisms} [{@code name},
 * {@code formerName}, {@code strain}, {@code strainLevel}], {@code doseCfu} (CFU per serving; null for an AFU or
 * mg amount), {@code verdict}, {@code supportive}, {@code reasons} [{@code text}, {@code citations}],
 * {@code disclaimer}; plus {@code dose} {{@code amount} (per serving), {@code unit} ({@code CFU}, {@code AFU} or
 * {@code mg}), {@code servingsPerDay}, {@code perDay}, {@code frequency} (the words read, or null: one serving a day
 * assumed)} or null, {@code conditions} [{@code condition}, {@code verdict}, {@code supportive}, {@code reasons}] (one
 * per condition named; the top-level verdict is the most cautious of them), {@code knowledgeBase} (the version)
 * and {@code safety} {{@code context} [red-flag keys], {@code productTraits} [ids], {@code concerns} [{@code rule},
 * {@code text}, {@code citations}], {@code notes} [same]}. Concerns are also the first reasons. For people (the web
 * UI): {@code headline} (the verdict in plain words), {@code dose.perDayWords} ("10 billion CFU a day"), and per
 * organism {@code printed} (the words as printed) and {@code trials} {{@code strain} [{@code trial},
 * {@code condition}, {@code design}, {@code favourable}, {@code citations}], {@code speciesOnly} (how many trials
 * tested only its species)} for the verdict's condition (every condition when none).
 */
public final class LabelVerdictJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LabelVerdictJson() {}

    public static ObjectNode toNode(LabelVerdict v, String knowledgeBaseVersion) {
        ObjectNode o = JSON.createObjectNode();
        o.put("input", v.label().text());
        o.put("condition", v.conditionId());
        ArrayNode orgs = o.putArray("organisms");
        for (OrganismEvidence e : v.evidence()) {
            LabelOrganism g = e.organism();
            ObjectNode n = orgs.addObject();
            n.put("name", g.name());
            n.put("formerName", g.formerName());
            n.put("strain", g.strain());
            n.put("strainLevel", g.strainLevel());
            n.put("printed", g.printed());
            ObjectNode trials = n.putObject("trials");
            ArrayNode strain = trials.putArray("strain");
            for (OrganismEvidence.StrainTrial t : e.strainTrials()) {
                ObjectNode tn = strain.addObject();
                tn.put("trial", t.trialId());
                tn.put("condition", t.conditionId());
                tn.put("design", t.design());
                tn.put("favourable", t.favourable());
                t.citations().forEach(tn.putArray("citations")::add);
            }
            trials.put("speciesOnly", e.speciesOnlyTrials());
        }
        if (v.label().doseCfu() == null) o.putNull("doseCfu");
        else o.put("doseCfu", v.label().doseCfu());
        Dose d = v.label().dose();
        if (d == null) o.putNull("dose");
        else {
            ObjectNode dose = o.putObject("dose");
            dose.put("amount", d.amount());
            dose.put("unit", d.unit().word());
            dose.put("servingsPerDay", d.servingsPerDay());
            dose.put("perDay", d.perDay());
            dose.put("frequency", d.frequency());
            dose.put("perDayWords", d.perDayWords());
        }
        o.put("verdict", v.verdict().id());
        o.put("headline", v.verdict().headline());
        o.put("supportive", v.supportive());
        ObjectNode safety = o.putObject("safety");
        v.safety().context().forEach(safety.putArray("context")::add);
        v.safety().productTraits().forEach(safety.putArray("productTraits")::add);
        findings(safety.putArray("concerns"), v.safety().concerns());
        findings(safety.putArray("notes"), v.safety().notes());
        reasons(o.putArray("reasons"), v.reasons());
        ArrayNode conditions = o.putArray("conditions");
        for (ConditionVerdict c : v.conditions()) {
            ObjectNode n = conditions.addObject();
            n.put("condition", c.conditionId());
            n.put("verdict", c.verdict().id());
            n.put("supportive", c.supportive());
            reasons(n.putArray("reasons"), c.reasons());
        }
        o.put("disclaimer", v.disclaimer());
        o.put("knowledgeBase", knowledgeBaseVersion);
        return o;
    }

    private static void reasons(ArrayNode out, java.util.List<Reason> reasons) {
        for (Reason r : reasons) {
            ObjectNode n = out.addObject();
            n.put("text", r.text());
            ArrayNode c = n.putArray("citations");
            r.citationIds().forEach(c::add);
        }
    }

    private static void findings(ArrayNode out, java.util.List<SafetyFinding> findings) {
        for (SafetyFinding f : findings) {
            ObjectNode n = out.addObject();
            n.put("rule", f.rule());
            n.put("text", f.text());
            f.citationIds().forEach(n.putArray("citations")::add);
        }
    }

    public static String write(LabelVerdict v, String knowledgeBaseVersion) {
        try {
            return JSON.writeValueAsString(toNode(v, knowledgeBaseVersion));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
