/**
 * The cohort analyses as Apache Spark jobs ({@link org.gutskin.spark.CohortJob}), byte-identical to the local
 * engine through the {@code CohortBackend} seam. Spark stays in this module: the engine and the app must never
 * import it.
 */
package org.gutskin.spark;
