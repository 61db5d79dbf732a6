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
 * identifier to authors, year, title and journal.
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
