/**
 * Test support used by the engine, app and spark test suites (never by production code): the one place that knows
 * where the shared reference data lives, and the tags that let a developer run a fast subset
 * ({@code ./mvnw test -Pquick}) while CI runs everything.
 */
package org.gutskin.testkit;
