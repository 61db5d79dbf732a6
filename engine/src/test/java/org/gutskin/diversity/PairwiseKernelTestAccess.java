package org.gutskin.diversity;

import org.gutskin.profile.AbundanceTable;

/** {@link PairwiseKernelTest}'s random table (500 samples, 1,200 taxa) for tests in other packages. */
public final class PairwiseKernelTestAccess {

    private PairwiseKernelTestAccess() {}

    public static AbundanceTable table() {
        return DistanceRowsTest.TABLE;
    }
}
