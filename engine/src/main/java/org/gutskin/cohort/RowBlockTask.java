package org.gutskin.cohort;

import java.io.Serializable;

/**
 * Work on one block of distance rows, the unit the large-cohort statistics are built from: the distances of
 * samples [from, to) to all n samples arrive row-major ({@code distances[(i − from)·n + j]}), and the task returns
 * what the block contributes. Serializable with its inputs, so an engine may run it in another process.
 * A task must sum over j in increasing order within each row: then a result does not depend on how rows are
 * grouped into blocks, nor on the engine.
 */
@FunctionalInterface
public interface RowBlockTask<R extends Serializable> extends Serializable {

    R apply(int from, int to, double[] distances, int n);
}
