package org.gutskin.cohort;

import java.io.Serializable;
import java.util.List;
import org.gutskin.diversity.DistanceRows;

/**
 * Where a cohort's distance rows live and where {@link RowBlockTask}s run on them: in this JVM from a stored matrix
 * or computed on demand, or as Spark tasks that compute their rows from the table. Each call of {@link #run} is one
 * pass over all n² distances.
 */
public interface RowSource {

    int size();

    /** Runs the task on every {@link RowBlocks block} of rows; results in block order. */
    <R extends Serializable> List<R> run(RowBlockTask<R> task);

    /** Where the rows come from, for the report's notes. */
    String describe();

    /** Rows from {@code rows}, tasks on this machine's cores. */
    static RowSource local(DistanceRows rows, String description) {
        return new RowSource() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public <R extends Serializable> List<R> run(RowBlockTask<R> task) {
                return RowBlocks.runLocal(rows, task);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
