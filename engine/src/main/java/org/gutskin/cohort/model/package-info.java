/**
 * The adjusted-model part of the cohort analyses: design matrices from a formula, least-squares fits per taxon and
 * per score, paired (stratified) designs and marginal PERMANOVA. Must not import {@code evidence} or {@code
 * report}.
 */
package org.gutskin.cohort.model;
