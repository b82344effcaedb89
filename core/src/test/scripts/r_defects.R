# The two package values RPackagesComparisonTest counts as defects, shown in R (run from the repository root, after
# r_comparison.R, with R_LIBS=/tmp/rlib as there):
#
#   R_LIBS=/tmp/rlib Rscript core/src/test/scripts/r_defects.R
#
# 1. psych 2.2.9, cohen.kappa: the weighted variance (in cohen.kappa1) adds rowSums(w * rs), p_j. sum_l w_jl, where
#    the Fleiss-Cohen-Everitt variance has sum_i p_i. w_ij. Recomputed with that one term corrected, it is the
#    library's standard error.
# 2. irr 0.84.1, kripp.alpha: without a missing value it does not divide the coincidences by m_u - 1. Adding a unit
#    without ratings, which changes nothing, gives the library's alpha.
suppressMessages({
  library(irr)
  library(psych)
})
dir <- "core/src/test/resources/agreement/r-comparison"

d <- as.matrix(read.csv(file.path(dir, "set03.csv")))[, -1]
d <- d[complete.cases(d), ]
lev <- sort(unique(c(d)))
x <- table(factor(d[, 1], lev), factor(d[, 2], lev))
x <- x / sum(x)
len <- length(lev)
rs <- rowSums(x)
cs <- colSums(x)
w <- 1 - outer(1:len, 1:len, function(i, j) (i - j)^2) / (len - 1)^2
wpo <- sum(w * x)
wpc <- sum(w * outer(rs, cs))
colw <- colSums(w * cs)
se <- function(roww) sqrt((1 / (nrow(d) * (1 - wpc)^4)) *
  (sum(x * (w * (1 - wpc) - outer(colw, roww, "+") * (1 - wpo))^2) - (wpo * wpc - 2 * wpc + wpo)^2))
cat(sprintf("psych cohen.kappa, set03: weighted SE %.6f, as psych computes it %.6f, with sum_i p_i. w_ij %.6f\n",
            sqrt(cohen.kappa(d)$var.weighted), se(rowSums(w * rs)), se(colSums(w * rs))))

d <- as.matrix(read.csv(file.path(dir, "set07.csv")))[, -1]
cat(sprintf("irr kripp.alpha, set07 (3 raters, no missing value): %.6f; with one unit without ratings: %.6f\n",
            kripp.alpha(t(d), "nominal")$value, kripp.alpha(cbind(t(d), NA), "nominal")$value))
