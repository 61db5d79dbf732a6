/**
 * The ground floor of provenance: the software name and version every output records. Imports no other gutskin
 * package.
 */
package org.gutskin.provenance;
