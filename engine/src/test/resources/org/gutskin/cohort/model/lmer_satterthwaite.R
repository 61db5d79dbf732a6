# The peer of MixedModelLme4Test: lme4::lmer (REML) with lmerTest's Satterthwaite t-tests, as MaAsLin2's LM
# pipeline fits each feature with random_effects. Input: the responses as gutskin models them (one column each,
# after the metadata columns) and the metadata; the fixed part and the random part come as arguments.
# Usage: Rscript lmer_satterthwaite.R DATA.tsv FIRST_RESPONSE_COLUMN "FIXED" "RANDOM" REFERENCE_FACTOR REFERENCE_LEVEL OUT.tsv
suppressPackageStartupMessages({ library(lme4); library(lmerTest) })
a <- commandArgs(trailingOnly = TRUE)
dat <- read.delim(a[1], check.names = FALSE, stringsAsFactors = FALSE)
first <- as.integer(a[2])
dat[[a[5]]] <- relevel(factor(dat[[a[5]]]), ref = a[6])
# lme4's optimisers stop where the REML criterion (about 1e4) stops changing in its last digits: its default
# (nloptwrap) leaves a variance ratio with few levels (site: 5) uncertain in the fifth digit, minqa's BOBYQA at
# rhoend 1e-12 in the seventh. So the peer fits with the latter, then takes Newton steps on lme4's own deviance
# function with numDeriv's derivatives (what lmerTest differentiates with) — a step is kept unless it raises the
# criterion beyond its rounding (1e-12 relative) — and refits at that theta (optimizer = NULL evaluates the model at the start values).
ctl <- lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5))
polish <- function(dev, th) {
  for (i in 1:5) {
    free <- th > 0
    if (!any(free)) break
    g <- numDeriv::grad(dev, th)[free]
    h <- numDeriv::hessian(dev, th)[free, free, drop = FALSE]
    step <- tryCatch(solve(h, g), error = function(e) NULL)
    if (is.null(step)) break
    new <- th
    new[free] <- pmax(0, th[free] - step)
    if (!(dev(new) <= dev(th) + 1e-12 * abs(dev(th)))) break
    th <- new
    if (max(abs(step)) < 1e-12) break
  }
  th
}
f <- as.formula(paste("y ~", a[3], "+", a[4]))
out <- NULL
for (nm in names(dat)[first:ncol(dat)]) {
  dat$y <- dat[[nm]]
  first_fit <- lme4::lmer(f, data = dat, control = ctl)
  th <- polish(lme4::lmer(f, data = dat, devFunOnly = TRUE), unname(getME(first_fit, "theta")))
  fit <- lmerTest::lmer(f, data = dat, control = lmerControl(optimizer = NULL), start = list(theta = th))
  co <- coef(summary(fit))
  th <- getME(fit, "theta")
  out <- rbind(out, data.frame(response = nm, column = rownames(co)[-1],
    estimate = sprintf("%.17g", co[-1, "Estimate"]), se = sprintf("%.17g", co[-1, "Std. Error"]),
    df = sprintf("%.17g", co[-1, "df"]), t = sprintf("%.17g", co[-1, "t value"]),
    p = sprintf("%.17g", co[-1, "Pr(>|t|)"]), sigma = sprintf("%.17g", sigma(fit)),
    theta = paste(sprintf("%.17g", th), collapse = ","), reml = sprintf("%.17g", REMLcrit(fit)),
    check.names = FALSE))
}
out$q <- sprintf("%.17g", p.adjust(as.numeric(out$p), method = "BH"))
write.table(out, a[7], sep = "\t", quote = FALSE, row.names = FALSE)
cat(sprintf("lme4 %s, lmerTest %s: %d rows\n", packageVersion("lme4"), packageVersion("lmerTest"), nrow(out)))
