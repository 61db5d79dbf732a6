package org.gutskin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.index.HealthCall;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexApplicability;
import org.gutskin.index.IndexScores;
import org.gutskin.io.InputException;
import org.gutskin.profile.EmptySamples;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;

/**
 * Every sample of several profile files scored with one health index, as {@code score} and {@code evaluate} both
 * need it: the model's applicability warnings per file, a sample id read twice is an input error, and a sample
 * with nothing classified is left out with one note (the batch rule of {@link EmptySamples}; an index of an empty
 * profile is 0/0); only when every sample is empty is the input an error.
 */
final class IndexFiles {

    private IndexFiles() {}

    static IndexScores scoreAll(HealthIndex ix, List<Path> files, ReadOptions read, boolean allowMismatch,
            PrintStream err) {
        List<String> ids = new ArrayList<>(), warnings = new ArrayList<>(), leftOut = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<HealthCall> calls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, read);
            IndexScores s = IndexApplicability.score(ix, p, allowMismatch ? IndexApplicability.Mode.FORCE
                    : IndexApplicability.Mode.REFUSE);
            for (String w : s.warnings()) err.println("gutskin: warning: " + f + ": " + w);
            String noCall = IndexApplicability.noCallWarning(ix, p.abundance());
            if (noCall != null) err.println("gutskin: warning: " + f + ": " + noCall);
            warnings.addAll(s.warnings());
            Map<String, Integer> column = new HashMap<>();
            List<String> profileIds = p.abundance().sampleIds();
            for (int c = 0; c < profileIds.size(); c++) column.put(profileIds.get(c), c);
            for (int i = 0; i < s.size(); i++) {
                String id = s.sampleIds().get(i);
                if (!seen.add(id)) throw new InputException(f, 0, "sample '" + id + "' was already read");
                Integer c = column.get(id);
                if (c != null && EmptySamples.isEmpty(p.abundance(), c)) {
                    leftOut.add(id);
                    continue;
                }
                ids.add(id);
                values.add(s.value(i));
                calls.add(s.call(i));
            }
        }
        if (ids.isEmpty() && !leftOut.isEmpty())
            throw new InputException(files.get(0), 0, "no sample holds classified abundance (" + leftOut.size()
                    + " empty or unclassified-only)");
        String note = EmptySamples.note(leftOut);
        if (note != null) err.println("gutskin: note: " + note);
        return new IndexScores(ix.model(), ids, values.stream().mapToDouble(Double::doubleValue).toArray(),
                calls.toArray(new HealthCall[0]), warnings);
    }
}
