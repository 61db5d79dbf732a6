/**
 * The web service door ({@code gutskin serve}): REST API, web UI, accounts, tenants, uploads and the audit log;
 * see {@code docs/service.md}. Holds no analysis logic of its own; the engine must never import it, and it must
 * not import {@code cli}.
 */
package org.gutskin.server;
