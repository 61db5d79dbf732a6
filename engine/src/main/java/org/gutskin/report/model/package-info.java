/**
 * The typed report model that every renderer reads, so every format says the same thing in the same order. Plain
 * data: imports no other gutskin package.
 */
package org.gutskin.report.model;
