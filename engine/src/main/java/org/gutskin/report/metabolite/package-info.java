/**
 * The metabolite lane of the report: how much of a sample belongs to functional guilds of the gut microbiota
 * (butyrate and propionate producers, tryptophan/indole metabolisers …, from the knowledge base's {@code guilds.yaml}),
 * inferred from taxa ({@link org.gutskin.report.metabolite.GuildAbundance}) or, when a HUMAnN 3 table is given, from
 * genes ({@link org.gutskin.report.metabolite.HumannReader}, {@link org.gutskin.report.metabolite.GuildFunctions}),
 * assembled into the report's section by {@link org.gutskin.report.metabolite.MetaboliteLane}. Always worded at the
 * mechanism tier: capacity, not measured metabolites, and not shown to change skin outcomes.
 */
package org.gutskin.report.metabolite;
