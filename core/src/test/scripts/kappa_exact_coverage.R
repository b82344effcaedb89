# Run: Rscript core/src/test/scripts/kappa_exact_coverage.R
# Coverage of the exact conditional interval of Cohen's kappa (Clopper-Pearson interval of p_o
# mapped through (p_o - p_e)/(1 - p_e) with p_e at its estimate) by simulation.
set.seed(20261130)
joint <- function(kappa_target, margin) {
  # agreement on the diagonal mixed with independence: P = w diag(margin) + (1 - w) margin margin'
  ind <- outer(margin, margin)
  w <- kappa_target
  w * diag(margin) + (1 - w) * ind
}
kappa_of <- function(P) { po <- sum(diag(P)); pe <- sum(rowSums(P) * colSums(P)); (po - pe) / (1 - pe) }
cover <- function(n, P, reps = 20000, level = 0.95) {
  k <- kappa_of(P); q <- nrow(P); hit <- 0; defined <- 0
  a2 <- (1 - level) / 2
  for (r in seq_len(reps)) {
    x <- matrix(rmultinom(1, n, as.vector(P)), q, q)
    pe <- sum(rowSums(x) * colSums(x)) / n^2
    if (pe >= 1) next
    defined <- defined + 1
    a <- sum(diag(x))
    lo <- if (a == 0) 0 else qbeta(a2, a, n - a + 1)
    hi <- if (a == n) 1 else qbeta(1 - a2, a + 1, n - a)
    kl <- (lo - pe) / (1 - pe); ku <- (hi - pe) / (1 - pe)
    if (kl <= k && k <= ku) hit <- hit + 1
  }
  c(n = n, kappa = round(k, 3), coverage = round(hit / defined, 4), defined = defined / reps)
}
margins <- list(balanced = c(1, 1, 1) / 3, skewed = c(0.6, 0.3, 0.1), rare = c(0.8, 0.15, 0.05))
out <- NULL
for (n in c(9, 20, 50)) for (m in names(margins)) for (kt in c(0, 0.4, 0.8)) {
  out <- rbind(out, c(margin = m, cover(n, joint(kt, margins[[m]]))))
}
print(as.data.frame(out), row.names = FALSE)

# Output (R 4.2.2, seed 20261130):
#    margin  n kappa coverage defined
#  balanced  9     0   0.9897       1
#  balanced  9   0.4   0.9834       1
#  balanced  9   0.8   0.9795 0.99995
#    skewed  9     0   0.9937 0.99995
#    skewed  9   0.4   0.9851  0.9993
#    skewed  9   0.8   0.9866   0.996
#      rare  9     0   0.9988  0.9809
#      rare  9   0.4   0.9973  0.9573
#      rare  9   0.8    0.993  0.9068
#  balanced 20     0    0.973       1
#  balanced 20   0.4   0.9692       1
#  balanced 20   0.8   0.9873       1
#    skewed 20     0   0.9889       1
#    skewed 20   0.4   0.9798       1
#    skewed 20   0.8   0.9836       1
#      rare 20     0   0.9988 0.99965
#      rare 20   0.4   0.9921  0.9993
#      rare 20   0.8   0.9837 0.99425
#  balanced 50     0   0.9654       1
#  balanced 50   0.4   0.9696       1
#  balanced 50   0.8   0.9778       1
#    skewed 50     0   0.9843       1
#    skewed 50   0.4   0.9722       1
#    skewed 50   0.8   0.9683       1
#      rare 50     0   0.9988       1
#      rare 50   0.4   0.9868       1
#      rare 50   0.8   0.9769       1
