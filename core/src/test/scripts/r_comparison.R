# Reference values of irrCAC 1.0, irr 0.84.1 and psych 2.2.9 for RPackagesComparisonTest.
#
# Run from the repository root (irrCAC and irr installed from their CRAN sources, psych from Debian's r-cran-psych):
#
#   R CMD INSTALL -l /tmp/rlib irrCAC irr        # the CRAN sources, e.g. github.com/cran/irrCAC at "version 1.0"
#   R_LIBS=/tmp/rlib Rscript core/src/test/scripts/r_comparison.R
#
# It writes 32 rating tables (set01.csv ... set32.csv: unit id, then one column per rater, NA missing) and every value
# the three packages give for them (reference.csv: set, package, function, weights, N, method, quantity, value) to
# core/src/test/resources/agreement/r-comparison. The tables are drawn from fixed seeds: 2 to 8 raters, 2 to 7
# categories, 0 to 30 % missing ratings, nominal and ordinal, 10 to 500 units, prevalence-paradox tables, numeric
# tables for the intraclass correlations.
#
# irrCAC rounds its estimates and standard errors to 5 decimals and its intervals to 3; every irrCAC function is run
# here with R's round() replaced by the identity in the function's environment, so that the values compare at 1e-6.

suppressMessages({
  library(irrCAC)
  library(irr)
  library(psych)
})
stopifnot(as.character(packageVersion("irrCAC")) == "1.0", as.character(packageVersion("irr")) == "0.84.1",
          as.character(packageVersion("psych")) == "2.2.9")

out <- "core/src/test/resources/agreement/r-comparison"
dir.create(out, recursive = TRUE, showWarnings = FALSE)

unrounded <- function(f) {
  environment(f) <- list2env(list(round = function(x, digits = 0) x), parent = asNamespace("irrCAC"))
  f
}

# ---- the tables ---------------------------------------------------------------------------------------------------

# Categorical ratings 1..k: each rater copies a unit's true category with probability `agree`, else draws another
# (ordinal: a neighbour); `missing` of the cells are deleted, never a unit's last rating.
categorical <- function(seed, units, raters, k, missing, agree, ordinal = FALSE, prevalence = NULL) {
  set.seed(seed)
  truth <- sample(1:k, units, replace = TRUE, prob = prevalence)
  m <- matrix(NA_integer_, units, raters)
  for (g in 1:raters) {
    keep <- runif(units) < agree
    other <- if (ordinal) pmin(k, pmax(1, truth + sample(c(-1L, 1L), units, replace = TRUE)))
             else sample(1:k, units, replace = TRUE)
    m[, g] <- ifelse(keep, truth, other)
  }
  if (missing > 0) {
    gone <- matrix(runif(units * raters) < missing, units, raters)
    for (i in 1:units) if (all(gone[i, ])) gone[i, sample(1:raters, 1)] <- FALSE
    m[gone] <- NA
  }
  m
}

# Numeric ratings for the intraclass correlations: unit effect, rater bias, noise, rounded to one decimal.
numeric <- function(seed, units, raters, missing = 0) {
  set.seed(seed)
  m <- outer(rnorm(units, 5, 2), rnorm(raters, 0, 0.7), "+") + matrix(rnorm(units * raters, 0, 1), units)
  m <- round(m, 1)
  if (missing > 0) {
    gone <- matrix(runif(units * raters) < missing, units, raters)
    for (i in 1:units) if (all(gone[i, ])) gone[i, 1] <- FALSE
    m[gone] <- NA
  }
  m
}

sets <- list(
  list(categorical(101, 10, 2, 2, 0, 0.7), "nominal"),
  list(categorical(102, 25, 2, 3, 0, 0.6), "nominal"),
  list(categorical(103, 50, 2, 4, 0.1, 0.6, ordinal = TRUE), "ordinal"),
  list(categorical(104, 120, 2, 5, 0.2, 0.5, ordinal = TRUE), "ordinal"),
  list(categorical(105, 500, 2, 3, 0.05, 0.8), "nominal"),
  list(categorical(106, 40, 2, 7, 0.3, 0.5, ordinal = TRUE), "ordinal"),
  list(categorical(107, 15, 3, 2, 0, 0.7), "nominal"),
  list(categorical(108, 30, 3, 3, 0.1, 0.6), "nominal"),
  list(categorical(109, 60, 4, 4, 0, 0.6, ordinal = TRUE), "ordinal"),
  list(categorical(110, 80, 4, 5, 0.15, 0.55, ordinal = TRUE), "ordinal"),
  list(categorical(111, 200, 5, 3, 0.3, 0.7), "nominal"),
  list(categorical(112, 20, 5, 6, 0.05, 0.5, ordinal = TRUE), "ordinal"),
  list(categorical(113, 100, 6, 2, 0.2, 0.8), "nominal"),
  list(categorical(114, 45, 6, 7, 0, 0.4, ordinal = TRUE), "ordinal"),
  list(categorical(115, 300, 7, 4, 0.1, 0.65), "nominal"),
  list(categorical(116, 12, 8, 3, 0.25, 0.6, ordinal = TRUE), "ordinal"),
  list(categorical(117, 500, 8, 5, 0.3, 0.6, ordinal = TRUE), "ordinal"),
  list(categorical(118, 10, 3, 4, 0.3, 0.5), "nominal"),
  # prevalence paradoxes: high agreement on a rare category, kappa low
  list(categorical(119, 50, 2, 2, 0, 0.85, prevalence = c(0.05, 0.95)), "nominal"),
  list(categorical(120, 100, 2, 2, 0.1, 0.9, prevalence = c(0.03, 0.97)), "nominal"),
  list(categorical(121, 80, 3, 2, 0, 0.9, prevalence = c(0.1, 0.9)), "nominal"),
  list(categorical(122, 30, 4, 3, 0.1, 0.85, prevalence = c(0.9, 0.07, 0.03)), "nominal"),
  list(categorical(123, 9, 2, 3, 0, 0.6), "nominal"),
  list(categorical(124, 200, 3, 6, 0.2, 0.5, ordinal = TRUE), "ordinal"),
  list(categorical(125, 60, 2, 4, 0.25, 0.6, ordinal = TRUE), "ordinal"),
  list(categorical(126, 150, 4, 2, 0.05, 0.75), "nominal"),
  # numeric ratings: intraclass correlations (and alpha at the interval level)
  list(numeric(127, 10, 3), "interval"),
  list(numeric(128, 30, 4), "interval"),
  list(numeric(129, 100, 2), "interval"),
  list(numeric(130, 20, 6), "interval"),
  list(numeric(131, 50, 5, 0.1), "interval"),
  list(numeric(132, 15, 8), "interval")
)

rows <- list()
add <- function(set, package, fun, weights, N, method, quantity, value) {
  if (length(value) == 1 && is.finite(value)) {
    rows[[length(rows) + 1]] <<- data.frame(set = set, package = package, "function" = fun, weights = weights,
                                           N = N, method = method, quantity = quantity, value = format(value, digits = 15),
                                           check.names = FALSE)
  }
}
# irr stops on tables that na.omit empties (many raters, much missing): such a value is left out
safely <- function(expr) tryCatch(expr, error = function(e) NA)
bounds <- function(text) as.numeric(strsplit(gsub("[()]", "", text), ",")[[1]])

irrcac.raw <- function(id, d, fun, name, weights, N = Inf) {
  r <- unrounded(fun)(d, weights = weights, N = N)$est
  coeff <- (r$pa - r$pe) / (1 - r$pe)
  if (name == "pa.coeff.raw") coeff <- r$pa
  ci <- bounds(r$conf.int)
  nn <- if (is.finite(N)) N else "Inf"
  add(id, "irrCAC", name, weights, nn, "", "estimate", coeff)
  add(id, "irrCAC", name, weights, nn, "", "standard_error", r$coeff.se)
  add(id, "irrCAC", name, weights, nn, "", "ci_lower", ci[1])
  add(id, "irrCAC", name, weights, nn, "", "ci_upper", ci[2])
}

irrcac.table <- function(id, tab, fun, name, weights) {
  q <- ncol(tab)
  w <- switch(weights, unweighted = identity.weights(1:q), linear = linear.weights(1:q),
              quadratic = quadratic.weights(1:q))
  r <- unrounded(fun)(tab, weights = w)
  ci <- bounds(r$coeff.ci)
  add(id, "irrCAC", name, weights, "Inf", "", "estimate", r$coeff.val)
  add(id, "irrCAC", name, weights, "Inf", "", "standard_error", r$coeff.se)
  add(id, "irrCAC", name, weights, "Inf", "", "ci_lower", ci[1])
  add(id, "irrCAC", name, weights, "Inf", "", "ci_upper", ci[2])
}

for (s in seq_along(sets)) {
  id <- sprintf("set%02d", s)
  d <- sets[[s]][[1]]
  kind <- sets[[s]][[2]]
  colnames(d) <- paste0("r", seq_len(ncol(d)))
  write.csv(data.frame(unit = seq_len(nrow(d)), d), file.path(out, paste0(id, ".csv")), row.names = FALSE,
            na = "NA", quote = FALSE)
  m <- ncol(d)
  complete <- d[complete.cases(d), , drop = FALSE]

  if (kind == "interval") {
    cc <- complete
    for (f in list(c("oneway", "consistency", "single", "icc1"), c("twoway", "agreement", "single", "icc2"),
                   c("twoway", "consistency", "single", "icc3"), c("oneway", "consistency", "average", "icc1k"),
                   c("twoway", "agreement", "average", "icc2k"), c("twoway", "consistency", "average", "icc3k"))) {
      r <- icc(d, model = f[1], type = f[2], unit = f[3])
      add(id, "irr", "icc", "", "Inf", f[4], "estimate", r$value)
      add(id, "irr", "icc", "", "Inf", f[4], "ci_lower", r$lbound)
      add(id, "irr", "icc", "", "Inf", f[4], "ci_upper", r$ubound)
    }
    forms <- c("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k")
    p <- suppressMessages(ICC(cc, lmer = FALSE))$results
    for (i in 1:6) {
      add(id, "psych", "ICC(lmer=FALSE)", "", "Inf", forms[i], "estimate", p$ICC[i])
      add(id, "psych", "ICC(lmer=FALSE)", "", "Inf", forms[i], "ci_lower", p[["lower bound"]][i])
      add(id, "psych", "ICC(lmer=FALSE)", "", "Inf", forms[i], "ci_upper", p[["upper bound"]][i])
    }
    p <- suppressMessages(suppressWarnings(ICC(d)))$results
    for (i in 1:6) add(id, "psych", "ICC", "", "Inf", forms[i], "estimate", p$ICC[i])
    for (level in c("interval", "ratio")) add(id, "irr", "kripp.alpha", "", "Inf", level, "estimate",
                                              kripp.alpha(t(d), level)$value)
    next
  }

  # irrCAC, raw ratings
  weights <- if (kind == "ordinal") c("unweighted", "linear", "quadratic") else "unweighted"
  for (w in weights) {
    if (w == "unweighted") irrcac.raw(id, d, pa.coeff.raw, "pa.coeff.raw", w)
    irrcac.raw(id, d, gwet.ac1.raw, "gwet.ac1.raw", w)
    irrcac.raw(id, d, fleiss.kappa.raw, "fleiss.kappa.raw", w)
    irrcac.raw(id, d, conger.kappa.raw, "conger.kappa.raw", w)
    irrcac.raw(id, d, bp.coeff.raw, "bp.coeff.raw", w)
    irrcac.raw(id, d, krippen.alpha.raw, "krippen.alpha.raw", w)
  }
  if (s %% 4 == 0) {
    # a finite population of units: f = n / N
    N <- 3 * nrow(d)
    irrcac.raw(id, d, gwet.ac1.raw, "gwet.ac1.raw", "unweighted", N)
    irrcac.raw(id, d, krippen.alpha.raw, "krippen.alpha.raw", "unweighted", N)
  }
  if (m == 2) {
    tab <- table(factor(complete[, 1], levels = sort(unique(c(d)))), factor(complete[, 2], levels = sort(unique(c(d)))))
    for (w in weights) {
      irrcac.table(id, tab, kappa2.table, "kappa2.table", w)
      irrcac.table(id, tab, scott2.table, "scott2.table", w)
      irrcac.table(id, tab, gwet.ac1.table, "gwet.ac1.table", w)
      irrcac.table(id, tab, bp2.table, "bp2.table", w)
      if (w == "unweighted") irrcac.table(id, tab, pa2.table, "pa2.table", w)
    }
  }

  # irr
  irrw <- if (kind == "ordinal") c("unweighted", "equal", "squared") else "unweighted"
  if (m == 2) {
    for (w in irrw) add(id, "irr", "kappa2", w, "Inf", "", "estimate", kappa2(d, weight = w)$value)
    add(id, "irr", "agree", "", "Inf", "", "estimate", agree(d)$value / 100)
    ck <- cohen.kappa(d)
    add(id, "psych", "cohen.kappa", "unweighted", "Inf", "", "estimate", ck$kappa)
    add(id, "psych", "cohen.kappa", "unweighted", "Inf", "", "standard_error", sqrt(ck$var.kappa))
    add(id, "psych", "cohen.kappa", "unweighted", "Inf", "", "ci_lower", ck$confid[1, 1])
    add(id, "psych", "cohen.kappa", "unweighted", "Inf", "", "ci_upper", ck$confid[1, 3])
    if (kind == "ordinal") {
      add(id, "psych", "cohen.kappa", "quadratic", "Inf", "", "estimate", ck$weighted.kappa)
      add(id, "psych", "cohen.kappa", "quadratic", "Inf", "", "standard_error", sqrt(ck$var.weighted))
      add(id, "psych", "cohen.kappa", "quadratic", "Inf", "", "ci_lower", ck$confid[2, 1])
      add(id, "psych", "cohen.kappa", "quadratic", "Inf", "", "ci_upper", ck$confid[2, 3])
    }
  } else {
    if (nrow(complete) >= 2) {
      add(id, "irr", "kappam.light", "unweighted", "Inf", "", "estimate", safely(kappam.light(d)$value))
    }
  }
  if (nrow(complete) >= 2) {
    fk <- suppressWarnings(kappam.fleiss(d))
    add(id, "irr", "kappam.fleiss", "unweighted", "Inf", "", "estimate", fk$value)
    add(id, "irr", "kappam.fleiss", "unweighted", "Inf", "", "standard_error", fk$value / fk$statistic)
    add(id, "irr", "kappam.fleiss(exact=TRUE)", "unweighted", "Inf", "", "estimate",
        kappam.fleiss(d, exact = TRUE)$value)
  }
  for (level in if (kind == "ordinal") c("nominal", "ordinal", "interval") else "nominal") {
    add(id, "irr", "kripp.alpha", "", "Inf", level, "estimate", kripp.alpha(t(d), level)$value)
  }
}

reference <- do.call(rbind, rows)
con <- file(file.path(out, "reference.csv"), "w")
writeLines(c(
  "# irrCAC 1.0, irr 0.84.1 and psych 2.2.9 (R 4.2.2) on set01..set32, written by core/src/test/scripts/r_comparison.R",
  "# irrCAC run without its rounding; standard errors of irr's kappam.fleiss are value / z (the null-hypothesis one)"),
  con)
write.csv(reference, con, row.names = FALSE, quote = FALSE)
close(con)
cat(nrow(reference), "reference values\n")
