package org.gutskin.profile.format;

import org.gutskin.testkit.Slow;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;

/**
 * Jazzer fuzz test of every reader: the last input byte picks a reader (or format detection), the next one
 * {@code --samples-as-rows}, the rest is the file. Any exception other than the readers' documented
 * {@link InputException} is a finding.
 *
 * <p>In a normal test run only the seed corpus runs ({@code src/test/resources/…/ReaderFuzzTestInputs/readers/}:
 * the real example files, each tagged for its reader and for detection). To fuzz for a bounded time:
 * {@code JAZZER_FUZZ=1 ./mvnw -B -pl engine test -Dtest=ReaderFuzzTest} (60 s of fuzzing, set by
 * {@code maxDuration}; about two minutes with start-up). New interesting inputs go to {@code engine/.cifuzz-corpus/}
 * (not committed); a crash is saved next to the seeds and fails the run.
 */
@Slow
class ReaderFuzzTest {

    private static final Format[] FORMATS = Format.values();
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("gutskin-fuzz", ".in");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readers(FuzzedDataProvider data) throws IOException {
        int choice = data.consumeInt(0, FORMATS.length); // FORMATS.length: detect the format
        boolean asRows = data.consumeBoolean();
        Files.write(FILE, data.consumeRemainingAsBytes());
        try {
            ProfileFiles.read(FILE, new ReadOptions(choice == FORMATS.length ? null : FORMATS[choice], asRows, null));
        } catch (InputException expected) {
            // the documented answer to bad input
        }
    }
}
