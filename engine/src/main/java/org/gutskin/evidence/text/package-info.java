/**
 * Small text helpers shared by the label checker and the question router: word splitting and edit distance.
 * Imports no other gutskin package.
 */
package org.gutskin.evidence.text;
