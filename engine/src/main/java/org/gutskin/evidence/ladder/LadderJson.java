package org.gutskin.evidence.ladder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Definition;

/**
 * Ladders as JSON, in the shape of the report's {@code conditions} entries: {@code id}, {@code name},
 * {@code certaintyTier}, {@code certaintyNote}, {@code ladder} [{@code level} (4…1), {@code rung}, {@code title},
 * {@code statements} [{@code id}, {@code text}, {@code citations}]], and a {@code references} list resolving each
 * identifier to authors, year, title and journal; {@code lanes} (each {@link #lane}), the reader's age band's lanes
 * first when {@code readerAge} is given.
 */
public final class LadderJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LadderJson() {}

    public static ObjectNode toNode(ConditionLadder l) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", l.conditionId());
        o.put("name", l.name());
        o.put("certaintyTier", l.certaintyTier().word());
        o.put("certaintyNote", l.certaintyNote());
        ArrayNode cc = o.putArray("certaintyCitations");
        l.certaintyCitations().forEach(c -> cc.add(c.identifier()));
        ArrayNode ladder = o.putArray("ladder");
        for (LadderRung r : l.rungs()) {
            ObjectNode rn = ladder.addObject();
            rn.put("level", r.level().number());
            rn.put("rung", r.level().word());
            rn.put("title", r.level().title());
            ArrayNode st = rn.putArray("statements");
            for (LadderStatement s : r.statements()) {
                ObjectNode sn = st.addObject();
                sn.put("id", s.id());
                sn.put("text", s.text());
                ArrayNode c = sn.putArray("citations");
                s.citationIds().forEach(c::add);
            }
        }
        if (l.readerAge() != null) o.put("readerAge", l.readerAge().word());
        ArrayNode lanes = o.putArray("lanes");
        for (Lane lane : l.lanes()) lanes.add(lane(lane));
        ArrayNode refs = o.putArray("references");
        for (Citation c : l.citations()) {
            ObjectNode rn = refs.addObject();
            rn.put("id", c.identifier());
            rn.put("authors", c.authors());
            if (c.year() == null) rn.putNull("year");
            else rn.put("year", c.year());
            rn.put("title", c.title());
            rn.put("journal", c.journal());
        }
        return o;
    }

    /**
     * One lane: {@code id} ("infant-prevention"), {@code label}, {@code ageBand}, {@code purpose}, {@code readerLane},
     * {@code certainty} (high, moderate, low, very-low), {@code phrase} (the lead its statements may use at most),
     * {@code nullDominated}, {@code reasons}, {@code trials} [{@code id}, {@code text}, {@code certainty},
     * {@code downgrades}, {@code participants}, {@code effectSize}, {@code riskGroup}, {@code sponsor},
     * {@code citations}], {@code guidelines} [{@code id}, {@code text}, {@code citations}].
     */
    public static ObjectNode lane(Lane lane) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", lane.id());
        n.put("label", lane.label());
        n.put("ageBand", lane.ageBand().word());
        n.put("purpose", lane.purpose().word());
        n.put("readerLane", lane.readerLane());
        n.put("certainty", lane.certainty().word());
        n.put("phrase", lane.wording().lead());
        n.put("nullDominated", lane.nullDominated());
        ArrayNode rs = n.putArray("reasons");
        lane.reasons().forEach(rs::add);
        ArrayNode ts = n.putArray("trials");
        for (TrialAssessment a : lane.trials()) {
            var t = a.trial();
            ObjectNode tn = ts.addObject();
            tn.put("id", t.id());
            tn.put("text", a.wording().lead() + " " + t.statement());
            tn.put("certainty", a.certainty().word());
            ArrayNode d = tn.putArray("downgrades");
            a.downgrades().forEach(d::add);
            if (t.participants() == null) tn.put("participants", "unreported");
            else tn.put("participants", t.participants());
            tn.put("effectSize", t.effectSize() == null ? "unreported" : t.effectSize().describe());
            tn.put("riskGroup", t.riskGroup());
            tn.put("sponsor", t.sponsor().word() + (t.sponsorNote() == null ? "" : " (" + t.sponsorNote() + ")"));
            ArrayNode c = tn.putArray("citations");
            t.citations().stream().map(Citation::identifier).distinct().forEach(c::add);
        }
        ArrayNode gs = n.putArray("guidelines");
        for (LadderStatement g : lane.guidelines()) {
            ObjectNode gn = gs.addObject();
            gn.put("id", g.id());
            gn.put("text", g.text());
            ArrayNode c = gn.putArray("citations");
            g.citationIds().forEach(c::add);
        }
        return n;
    }

    /**
     * Adds the evidence body that {@code gutskin evidence --json} and the service's ladder endpoint share:
     * {@code knowledgeBase}, {@code conditions} (each {@link #toNode}) and {@code definitions} [{@code term},
     * {@code definition}, {@code citations}].
     */
    public static ObjectNode addEvidence(ObjectNode doc, List<ConditionLadder> ladders, String knowledgeBaseVersion,
            List<Definition> definitions) {
        doc.put("knowledgeBase", knowledgeBaseVersion);
        ArrayNode conditions = doc.putArray("conditions");
        ladders.forEach(l -> conditions.add(toNode(l)));
        ArrayNode defs = doc.putArray("definitions");
        for (Definition d : definitions) {
            ObjectNode n = defs.addObject();
            n.put("term", d.term());
            n.put("definition", d.definition());
            ArrayNode c = n.putArray("citations");
            d.citations().forEach(x -> c.add(x.identifier()));
        }
        return doc;
    }

    /** {@code {"knowledgeBase": version, "route", "redFlags", "conditions": [...]}} for {@code gutskin evidence --json}. */
    public static ObjectNode document(List<ConditionLadder> ladders, String knowledgeBaseVersion) {
        ObjectNode o = JSON.createObjectNode();
        o.put("knowledgeBase", knowledgeBaseVersion);
        ArrayNode a = o.putArray("conditions");
        ladders.forEach(l -> a.add(toNode(l)));
        return o;
    }

    public static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
