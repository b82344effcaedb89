#!/usr/bin/env Rscript
# Times metafor on the data of MetaAnalysisBenchmark: rma() (REML, z test, 95 %) followed by confint() (the Q-profile
# interval for tau^2, I^2 and H^2), which together compute what one appraise fit returns.
#
# From the repository root, after building examples/jmh/target/benchmarks.jar:
#
#   java -cp examples/jmh/target/benchmarks.jar dev.appraise.examples.jmh.MetaData examples/jmh/target
#   Rscript examples/jmh/src/test/scripts/metafor-timing.R examples/jmh/target [BATCH_SETS]
#
# Needs R with metafor (Debian: apt-get install r-base-core r-cran-metafor); uses microbenchmark, or else bench, when
# installed, and system.time over many repetitions otherwise. BATCH_SETS (default 10000) is how many of the 100,000
# ten-study sets of meta-batch.csv are fitted; the time per fit is reported. Sets on which Fisher scoring does not
# converge are counted, as MetaAnalysisBenchmark counts them.

suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "examples/jmh/target"
sets <- if (length(args) >= 2) as.integer(args[2]) else 10000L

# metafor warns where it sets a REML estimate stuck at a local maximum to 0, as appraise does silently
fit <- function(d) {
  res <- suppressWarnings(rma(d$yi, d$vi))
  confint(res)
  res
}

cat("metafor", as.character(packageVersion("metafor")), "on", R.version.string, "\n")
cat("machine:", parallel::detectCores(), "cores; load average", readLines("/proc/loadavg"), "\n")
cat("started", format(Sys.time(), "%Y-%m-%d %H:%M:%S %Z"), "\n\n")

# --- one fit of 10 studies -------------------------------------------------------------------------------------
small <- read.csv(file.path(dir, "meta-10.csv"))
reps <- 2000L
for (i in 1:200) fit(small)  # warm-up
if (requireNamespace("microbenchmark", quietly = TRUE)) {
  mb <- microbenchmark::microbenchmark(fit(small), times = reps)
  cat(sprintf("10 studies, microbenchmark (%d times): mean %.1f us, median %.1f us\n", reps,
              mean(mb$time) / 1e3, median(mb$time) / 1e3))
} else if (requireNamespace("bench", quietly = TRUE)) {
  bm <- bench::mark(fit(small), iterations = reps, check = FALSE, memory = TRUE)
  times <- as.numeric(bm$time[[1]]) * 1e6
  cat(sprintf("10 studies, bench::mark (%d iterations): mean %.1f us, median %.1f us, allocated %.0f kB per fit\n",
              reps, mean(times), median(times), as.numeric(bm$mem_alloc) / 1024))
}
elapsed <- system.time(for (i in seq_len(reps)) fit(small))[["elapsed"]]
cat(sprintf("10 studies, system.time over %d fits: %.1f us per fit\n", reps, elapsed / reps * 1e6))

# --- a batch of 10-study fits ---------------------------------------------------------------------------------
batch <- read.csv(file.path(dir, "meta-batch.csv"))
batch <- batch[batch$set <= sets, ]
groups <- split(batch[, c("yi", "vi")], batch$set)
failed <- 0L
elapsed <- system.time(for (d in groups) {
  r <- try(fit(d), silent = TRUE)
  if (inherits(r, "try-error")) failed <- failed + 1L
})[["elapsed"]]
cat(sprintf("batch of %d ten-study fits: %.1f s, %.1f us per fit; %d did not converge\n", length(groups), elapsed,
            elapsed / length(groups) * 1e6, failed))

# --- large meta-analyses ----------------------------------------------------------------------------------------
large <- read.csv(file.path(dir, "meta-100000.csv"))
for (k in c(1000L, nrow(large))) {
  d <- large[seq_len(k), ]
  r <- NULL
  elapsed <- system.time(r <- try(fit(d), silent = TRUE))[["elapsed"]]
  if (inherits(r, "try-error")) {
    cat(sprintf("%d studies: failed after %.1f s: %s\n", k, elapsed, trimws(conditionMessage(attr(r, "condition")))))
  } else {
    cat(sprintf("%d studies: %.2f s (tau^2 = %.6f)\n", k, elapsed, r$tau2))
  }
}
cat("\nfinished", format(Sys.time(), "%Y-%m-%d %H:%M:%S %Z"), "\n")
