/**
 * Readers, writers and the format sniffer for the profile formats (MetaPhlAn, BIOM JSON and HDF5, Kraken 2,
 * KrakenTools mpa, Bracken, QIIME 2 TSV, plain tables); see {@code docs/formats.md}. Depends only on {@code
 * profile}; must not import any layer above it.
 */
package org.gutskin.profile.format;
