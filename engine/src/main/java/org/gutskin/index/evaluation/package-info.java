/**
 * Evaluation of an index against sample labels: balanced accuracy, sensitivity, specificity, AUC with bootstrap
 * intervals, and the ROC plot. May import {@code index} and the layers below it; must not import {@code cohort},
 * {@code evidence} or {@code report}.
 */
package org.gutskin.index.evaluation;
