#!/usr/bin/env Rscript
# A data set on which metafor's Fisher scoring for ML does not converge.
#
# Run from the repository root:
#
#   Rscript synthesis/src/test/scripts/fisher-scoring-cycle.R
#
# Needs R with metafor (Debian: apt-get install r-base-core r-cran-metafor).
#
# The twelve studies are those MetaAnalysisPropertiesTest.studies(1446270, 12)
# generates, written as hexadecimal doubles so that R reads the very same
# numbers. From the HE start (truncated at 0) the ML steps settle into a cycle
# between tau^2 = 0.1663 and 0.2644 and never meet the threshold: metafor 3.8-1
# stops with "Fisher scoring algorithm did not converge" with its default
# control and with threshold = 1e-13, maxiter = 10000 alike; REML and EB do
# not converge on these data either. MetaAnalysisInputTest checks that
# appraise throws a ConvergenceException in each of these settings, as metafor
# stops.

suppressPackageStartupMessages(library(metafor))

yi <- c(-0x1.5cdb7a9253496p0, -0x1.2a34f254cceaap0, -0x1.3ee17b3bd09f2p-1,
        -0x1.fcc0b62d14ef5p0, -0x1.9906060c9230dp-2, -0x1.14a14ea0fac6fp0,
        -0x1.0d9ffe265e39fp-2, -0x1.50e9031f15f66p-2, -0x1.238f4eb486fe8p0,
        -0x1.08ed520e1c152p-1, -0x1.8c937b9118a87p-1, -0x1.be4235fe27f2cp0)
vi <- c(0x1.bea7c5ca46d3p-1, 0x1.3aa1cd9041bc6p-2, 0x1.bf8aff30bc1ap-1,
        0x1.39bd178ddfc5cp-6, 0x1.28076c6c74a26p-1, 0x1.788142d31305fp-1,
        0x1.8a1add5be8f5p-1, 0x1.a134192d2894bp-1, 0x1.edb0796c90c1dp-2,
        0x1.110bc37eefce4p-2, 0x1.df4836745387dp-4, 0x1.5b6920a38edc8p-1)

cat("metafor", as.character(packageVersion("metafor")), "on", R.version.string, "\n\n")

outcome <- function(label, ...) {
  fit <- try(suppressWarnings(rma(yi, vi, ...)), silent = TRUE)
  cat(sprintf("%-45s ", label))
  if (inherits(fit, "try-error")) {
    cat("error:", conditionMessage(attr(fit, "condition")), "\n")
  } else {
    cat(sprintf("tau2 = %.17g\n", fit$tau2))
  }
}

outcome("ML, default control", method = "ML")
outcome("ML, threshold = 1e-13, maxiter = 10000", method = "ML",
        control = list(threshold = 1e-13, maxiter = 10000))
outcome("REML, default control", method = "REML")
outcome("EB, default control", method = "EB")
outcome("REML, threshold = 1e-13, maxiter = 10000", method = "REML",
        control = list(threshold = 1e-13, maxiter = 10000))
outcome("EB, threshold = 1e-13, maxiter = 10000", method = "EB",
        control = list(threshold = 1e-13, maxiter = 10000))

# the last iterations of ML: the two values of the cycle
trace <- capture.output(try(rma(yi, vi, method = "ML", verbose = TRUE),
                            silent = TRUE))
cat("\nlast ML iterations (default control):\n")
cat(tail(grep("^Iteration", trace, value = TRUE), 4), sep = "\n")
