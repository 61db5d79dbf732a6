# The peer of MarginalPermanovaVeganTest: vegan's adonis2(by = "margin") on distances and metadata written by
# the test.  Rscript adonis2_margin.R DIST.tsv META.tsv BLOCKS(0|1) TABLE_OUT PERMS_OUT
# The permutation matrix is drawn exactly as adonis2 draws it (getPermuteMatrix -> shuffleSet(n, control = how))
# after set.seed, then passed to adonis2 and written out (0-based) so the test can also replay vegan's permutations.
suppressPackageStartupMessages(library(vegan))
a <- commandArgs(TRUE)
d <- as.dist(as.matrix(read.delim(a[1], header = FALSE)))
m <- read.delim(a[2], colClasses = c("character", "factor", "factor", "numeric", "character"))
set.seed(20261125)
h <- if (a[3] == "1") how(nperm = 999, blocks = factor(m$Family)) else how(nperm = 999)
perm <- shuffleSet(nrow(m), control = h)
t0 <- proc.time()[["elapsed"]]
res <- adonis2(d ~ Disease + Sex + BMI, data = m, by = "margin", permutations = perm)
elapsed <- proc.time()[["elapsed"]] - t0
print(res)
cat("vegan", as.character(packageVersion("vegan")), "adonis2 seconds", elapsed, "\n")
f <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write.table(data.frame(term = rownames(res), Df = res$Df, SumOfSqs = f(res$SumOfSqs), R2 = f(res$R2), F = f(res$F),
    p = f(res[["Pr(>F)"]])), a[4], sep = "\t", quote = FALSE, row.names = FALSE)
write.table(perm - 1L, a[5], sep = "\t", quote = FALSE, row.names = FALSE, col.names = FALSE)
