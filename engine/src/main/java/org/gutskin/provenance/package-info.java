/**
 * The ground floor of provenance: the one typed record of what produced an output ({@link
 * org.gutskin.provenance.Provenance}: software, knowledge base, inputs with SHA-256, models, engine, options, Java,
 * OS, time), its JSON file and the software version. Imports no other gutskin package, so every layer can use it.
 */
package org.gutskin.provenance;
