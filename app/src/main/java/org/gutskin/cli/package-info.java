/**
 * The command-line door ({@code gutskin}, picocli): parses options, calls the engine and maps user errors to exit
 * codes once; see {@code docs/cli.md}. Holds no analysis logic of its own; the engine must never import it.
 */
package org.gutskin.cli;
