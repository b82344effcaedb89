#!/usr/bin/env Rscript
# Meta-regression reference values for the synthesis module, computed with R's metafor: every estimator under the
# z, t and Knapp-Hartung tests, redundant predictors, other levels, the t test without moderators.
#
# Run from the repository root:
#
#   Rscript synthesis/src/test/scripts/metafor-regression-reference.R
#
# Needs R with metafor (and its data package metadat) and jsonlite; on Debian:
# apt-get install r-base-core r-cran-metafor r-cran-jsonlite
#
# Writes synthesis/src/test/resources/metafor/bcg-rr-regression.json (format in the README.md there, section
# "bcg-rr-regression.json"). Numbers carry as many significant digits as it takes to read back the same double
# (at most 17); NA, NaN and infinite values are null.

suppressPackageStartupMessages({
  library(metafor)
  library(jsonlite)
})

OUT <- file.path("synthesis", "src", "test", "resources", "metafor")
if (!dir.exists(OUT)) stop("run from the repository root (", OUT, " not found)")

num <- function(x) {
  if (is.null(x) || length(x) == 0 || is.na(x) || !is.finite(x)) return(NULL)
  for (d in 15:17) {
    s <- sprintf(paste0("%.", d, "g"), x)
    if (as.numeric(s) == x) break
  }
  structure(s, class = "json")
}

dat <- dat.bcg
es <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat)

record <- function(label, fit, mods) {
  names <- rownames(fit$beta)
  coefs <- lapply(seq_along(names), function(j) {
    list(name = names[j], estimate = num(fit$beta[j, 1]), se = num(fit$se[j]), statistic = num(fit$zval[j]),
         pval = num(fit$pval[j]), ci_lb = num(fit$ci.lb[j]), ci_ub = num(fit$ci.ub[j]))
  })
  r <- list(label = label, mods = mods, method = fit$method, test = fit$test, level = 100 * (1 - fit$level),
            k = fit$k, p = fit$p, dfs = num(fit$ddf), coefficients = coefs,
            dropped = as.list(sub("^X", "", names(fit$coef.na)[fit$coef.na])),
            QM = num(fit$QM), QMdf = as.list(fit$QMdf[!is.na(fit$QMdf)]), QMp = num(fit$QMp),
            QE = num(fit$QE), QEdf = fit$k - fit$p, QEp = num(fit$QEp),
            tau2 = num(fit$tau2), se_tau2 = num(fit$se.tau2), I2 = num(fit$I2), H2 = num(fit$H2),
            R2 = num(fit$R2))
  if (!is.element(fit$method, c("FE", "EE"))) {
    ci <- try(confint(fit), silent = TRUE)
    if (!inherits(ci, "try-error")) {
      rr <- ci$random
      row <- function(n) list(ci_lb = num(rr[n, "ci.lb"]), ci_ub = num(rr[n, "ci.ub"]))
      r$confint <- list(tau2 = row("tau^2"), I2 = row("I^2(%)"), H2 = row("H^2"))
    }
  }
  r
}

cases <- list()
for (method in c("FE", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM")) {
  for (test in c("z", "t", "knha")) {
    fit <- rma(yi, vi, mods = ~ ablat + alloc, data = es, method = method, test = test)
    cases[[length(cases) + 1]] <- record(paste(method, test), fit, "ablat + alloc")
  }
}
fit <- rma(yi, vi, mods = ~ year, data = es, method = "REML", test = "knha", level = 90)
cases[[length(cases) + 1]] <- record("REML knha 90, year", fit, "year")
fit <- suppressWarnings(rma(yi, vi, mods = cbind(ablat = es$ablat, ablat2 = 2 * es$ablat), data = es))
cases[[length(cases) + 1]] <- record("redundant column", fit, "ablat + ablat2")
sub <- es[es$alloc != "alternate", ]
sub$alloc <- factor(sub$alloc, levels = c("alternate", "random", "systematic"))
fit <- suppressWarnings(rma(yi, vi, mods = ~ alloc, data = sub, method = "DL", test = "knha"))
cases[[length(cases) + 1]] <- record("absent reference level", fit, "alloc without alternate")
fit <- rma(yi, vi, data = es, method = "REML", test = "t")
cases[[length(cases) + 1]] <- record("no moderators, t test", fit, "")

out <- list(
  source = sprintf(paste("BCG vaccine trials against tuberculosis (metafor's dat.bcg; Colditz et al. 1994, JAMA",
    "271:698-702), log risk ratios: meta-regressions; computed with metafor %s, R %s.%s by",
    "metafor-regression-reference.R"),
    packageDescription("metafor")$Version, R.version$major, R.version$minor),
  metafor = packageDescription("metafor")$Version,
  R = paste(R.version$major, R.version$minor, sep = "."),
  data = lapply(seq_len(nrow(dat)), function(i) list(study = paste(dat$author[i], dat$year[i]),
    ai = dat$tpos[i], bi = dat$tneg[i], ci = dat$cpos[i], di = dat$cneg[i], ablat = dat$ablat[i],
    year = dat$year[i], alloc = dat$alloc[i])),
  cases = cases)

json <- toJSON(out, auto_unbox = TRUE, null = "null", pretty = TRUE, json_verbatim = TRUE, digits = NA)
path <- file.path(OUT, "bcg-rr-regression.json")
writeLines(json, path, useBytes = TRUE)
cat("wrote", path, "\n")
