/**
 * The ground floor: how gutskin reads and writes bytes the same way for every command and door — an input's bytes
 * with their checksum and decompression ({@code ByteSource}, {@code Compression}, {@code InputLimits}), the one
 * user-error type ({@code InputException}), the atomic writer, the TSV number and cell policies, the escaper and
 * CSP, and the one Pebble page pipeline with its layout and stylesheet.
 * Every other package may use it; it uses none of them ({@code LayeringTest}).
 */
package org.gutskin.io;
