/**
 * The ground floor: how gutskin writes bytes to the file system and into markup (the atomic writer, the TSV number
 * policy, the escaper and CSP, the one Pebble page pipeline with its layout and stylesheet), the same way for every
 * command.
 * Every other package may use it; it uses none of them (only {@code profile.InputException}, the one user-error
 * type, until that type moves here).
 */
package org.gutskin.io;
