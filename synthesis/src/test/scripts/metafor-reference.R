#!/usr/bin/env Rscript
# Reference values for the synthesis module, computed with R's metafor.
#
# Run from the repository root:
#
#   Rscript synthesis/src/test/scripts/metafor-reference.R
#
# Needs R with the packages metafor (with its data package metadat) and
# jsonlite; on Debian: apt-get install r-base-core r-cran-metafor r-cran-jsonlite
#
# Writes one JSON file per case into synthesis/src/test/resources/metafor/;
# the format is described in the README.md there. Every number is written
# with as many significant digits as it takes to read back the same double
# (at most 17); NA, NaN, Inf and absent values are written as null.

suppressPackageStartupMessages({
  library(metafor)
  library(jsonlite)
})

OUT <- file.path("synthesis", "src", "test", "resources", "metafor")
if (!dir.exists(OUT)) {
  stop("run from the repository root (", OUT, " not found)")
}

METAFOR <- packageDescription("metafor")$Version
METADAT <- packageDescription("metadat")$Version
RVERSION <- paste(R.version$major, R.version$minor, sep = ".")
COMPUTED <- sprintf("computed with metafor %s, R %s by metafor-reference.R",
                    METAFOR, RVERSION)

# Tighter than metafor's defaults (threshold 1e-5 for Fisher scoring,
# tol .Machine$double.eps^0.25 for uniroot): used for the "tight" values.
TIGHT <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
ITERATIVE <- c("ML", "REML", "EB", "PM")

# ---------------------------------------------------------------- JSON ----

arr <- function(x) {
  # a vector that must be written as a JSON array even when of length 1
  if (is.factor(x)) x <- as.character(x)
  as.list(unname(x))
}

num <- function(x) {
  if (is.na(x) || !is.finite(x)) return("null")
  if (x == round(x) && abs(x) < 1e15) return(sprintf("%.0f", x))
  for (d in 15:17) {
    s <- sprintf(paste0("%.", d, "g"), x)
    if (as.numeric(s) == x) break
  }
  s
}

scalar <- function(x) {
  if (is.factor(x)) x <- as.character(x)
  if (is.null(x) || length(x) == 0) return("null")
  if (is.character(x)) {
    if (is.na(x)) return("null")
    return(as.character(toJSON(x, auto_unbox = TRUE)))
  }
  if (is.logical(x)) {
    if (is.na(x)) return("null")
    return(if (x) "true" else "false")
  }
  num(as.numeric(x))
}

is_scalar_list <- function(x) {
  all(vapply(x, function(e) is.null(e) || (is.atomic(e) && length(e) <= 1) ||
                 is.factor(e), logical(1)))
}

json <- function(x, indent = 0) {
  pad <- strrep("  ", indent)
  pad1 <- strrep("  ", indent + 1)
  if (is.data.frame(x)) {
    rows <- lapply(seq_len(nrow(x)), function(i) {
      r <- lapply(x[i, , drop = FALSE], function(v) v[[1]])
      names(r) <- names(x)
      r
    })
    return(json(rows, indent))
  }
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    if (is.null(names(x))) {
      if (is_scalar_list(x)) {
        return(paste0("[", paste(vapply(x, scalar, ""), collapse = ", "), "]"))
      }
      items <- vapply(x, function(e) paste0(pad1, json(e, indent + 1)), "")
      return(paste0("[\n", paste(items, collapse = ",\n"), "\n", pad, "]"))
    }
    items <- vapply(seq_along(x), function(i) {
      paste0(pad1, scalar(names(x)[i]), ": ", json(x[[i]], indent + 1))
    }, "")
    return(paste0("{\n", paste(items, collapse = ",\n"), "\n", pad, "}"))
  }
  if (length(x) > 1) return(json(arr(x), indent))
  scalar(x)
}

write_case <- function(name, case) {
  path <- file.path(OUT, paste0(name, ".json"))
  writeLines(json(case), path, useBytes = TRUE)
  cat("wrote", path, "\n")
}

# ------------------------------------------------------------ records ----

na_null <- function(x) if (is.null(x) || length(x) == 0) NA else x

# weights(fit) in percent, aligned with the data rows (null where omitted)
aligned <- function(fit, values) {
  out <- rep(NA_real_, length(fit$not.na))
  out[fit$not.na] <- values
  out
}

iterations <- function(call_fit) {
  # metafor does not store the number of Fisher scoring iterations; read it
  # from the "converged after N iterations" line that verbose=TRUE prints.
  out <- capture.output(invisible(call_fit(TRUE)), type = "output")
  hit <- regmatches(out, regexpr("converged after [0-9]+ iteration", out))
  if (length(hit) == 0) return(NA)
  as.numeric(gsub("[^0-9]", "", hit[1]))
}

qprofile <- function(fit, control = NULL) {
  ci <- if (is.null(control)) try(confint(fit), silent = TRUE)
        else try(confint(fit, control = control), silent = TRUE)
  if (inherits(ci, "try-error")) return(NULL)
  r <- ci$random
  row <- function(n) list(estimate = r[n, "estimate"],
                          ci_lb = r[n, "ci.lb"], ci_ub = r[n, "ci.ub"])
  list(tau2 = row("tau^2"), tau = row("tau"), I2 = row("I^2(%)"),
       H2 = row("H^2"))
}

stat_name <- function(fit) if (fit$test == "z") "zval" else "tval"

fit_record <- function(fit, ratio = FALSE, refit = NULL) {
  re <- fit$method != "FE"
  pr <- predict(fit)
  rec <- list(method = fit$method, test = fit$test, level = 100 * (1 - fit$level),
              k = fit$k, p = fit$p,
              dfs = if (fit$test == "z") NA else fit$ddf[[1]],
              beta = as.numeric(fit$beta), se = fit$se)
  rec[[stat_name(fit)]] <- fit$zval
  rec <- c(rec, list(
    pval = fit$pval, ci_lb = fit$ci.lb, ci_ub = fit$ci.ub,
    pi_lb = if (re) pr$pi.lb else NA, pi_ub = if (re) pr$pi.ub else NA,
    tau2 = fit$tau2, se_tau2 = if (re) na_null(fit$se.tau2) else NA,
    tau = sqrt(fit$tau2), I2 = fit$I2, H2 = fit$H2,
    QE = fit$QE, QEdf = fit$k - fit$p, QEp = fit$QEp,
    weights = arr(aligned(fit, weights(fit)))))
  if (ratio) {
    rec$exp <- list(estimate = exp(as.numeric(fit$beta)),
                    ci_lb = exp(fit$ci.lb), ci_ub = exp(fit$ci.ub),
                    pi_lb = if (re) exp(pr$pi.lb) else NA,
                    pi_ub = if (re) exp(pr$pi.ub) else NA)
  }
  if (re) {
    rec$confint <- qprofile(fit)
    rec$confint_tight <- qprofile(fit, list(tol = 1e-12))
  }
  if (!is.null(refit) && fit$method %in% ITERATIVE) {
    if (fit$method %in% c("ML", "REML", "EB")) {
      rec$iterations <- iterations(function(v) refit(verbose = v))
    }
    t <- refit(control = TIGHT)
    rec$tight <- list(tau2 = t$tau2, beta = as.numeric(t$beta), se = t$se,
                      ci_lb = t$ci.lb, ci_ub = t$ci.ub)
  }
  rec
}

# fit one setting; refit() repeats it with a different control or verbose
fit_setting <- function(es, method, test = "z", level = 95, ratio = FALSE) {
  run <- function(control = list(), verbose = FALSE) {
    rma(yi, vi, data = es, method = method, test = test, level = level,
        control = control, verbose = verbose)
  }
  fit <- suppressWarnings(run())
  fit_record(fit, ratio,
             refit = function(control = list(), verbose = FALSE)
               suppressWarnings(run(control, verbose)))
}

ESTIMATORS <- c("FE", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM")

fits_for <- function(es, methods = ESTIMATORS, knha = character(0),
                     level90 = character(0), ratio = FALSE) {
  c(lapply(methods, function(m) fit_setting(es, m, ratio = ratio)),
    lapply(knha, function(m) fit_setting(es, m, test = "knha", ratio = ratio)),
    lapply(level90, function(m) fit_setting(es, m, level = 90, ratio = ratio)))
}

escalc_record <- function(es, measure, settings = list(), extra = list()) {
  c(list(measure = measure), settings,
    list(yi = arr(as.numeric(es$yi)), vi = arr(as.numeric(es$vi))), extra)
}

# 2x2 settings and the studies to which escalc's to="only0" rule adds `add`
twobytwo <- function(d, add = 1/2) {
  corrected <- if (add > 0) (d$ai == 0 | d$bi == 0 | d$ci == 0 | d$di == 0)
               else rep(FALSE, nrow(d))
  list(settings = list(add = add, to = "only0", drop00 = FALSE),
       corrected = arr(corrected))
}

trim_record <- function(tf, ratio = FALSE, given = NULL) {
  filled <- tf$fill
  trim <- list(estimator = tf$k0.est, side = tf$side,
               side_given = if (is.null(given)) NA else given,
               k0 = tf$k0, se_k0 = tf$se.k0, p_k0 = na_null(tf$p.k0),
               k = tf$k, test = tf$test, level = 100 * (1 - tf$level),
               beta = as.numeric(tf$beta), se = tf$se)
  trim[[stat_name(tf)]] <- tf$zval
  trim <- c(trim, list(pval = tf$pval, ci_lb = tf$ci.lb, ci_ub = tf$ci.ub,
                       tau2 = tf$tau2, I2 = tf$I2, QE = tf$QE, QEp = tf$QEp,
                       filled_yi = arr(as.numeric(tf$yi[filled])),
                       filled_vi = arr(as.numeric(tf$vi[filled]))))
  if (ratio) {
    trim$exp <- list(estimate = exp(as.numeric(tf$beta)),
                     ci_lb = exp(tf$ci.lb), ci_ub = exp(tf$ci.ub))
  }
  trim
}

# variants: list(list(estimator = "R0"), list(side = "left"), ...), each run
# as trimfill(fit, estimator = , side = ) and recorded in trimfill_variants
bias_record <- function(fit, ratio = FALSE, variants = list()) {
  rt <- regtest(fit)
  egger <- list(model = rt$model, predictor = rt$predictor, method = fit$method,
                test = fit$test, dfs = if (fit$test == "z") NA else rt$ddf)
  egger[[stat_name(fit)]] <- rt$zval
  egger <- c(egger, list(pval = rt$pval, limit_estimate = na_null(as.numeric(rt$est)),
                         limit_ci_lb = na_null(as.numeric(rt$ci.lb)),
                         limit_ci_ub = na_null(as.numeric(rt$ci.ub))))
  # cor.test(method = "kendall", exact = TRUE) falls back to the normal
  # approximation when there are ties
  vb <- 1 / sum(1 / fit$vi)
  ystar <- (fit$yi - weighted.mean(fit$yi, 1 / fit$vi)) / sqrt(fit$vi - vb)
  ties <- anyDuplicated(ystar) > 0 || anyDuplicated(fit$vi) > 0
  rk <- suppressWarnings(ranktest(fit))
  ct <- suppressWarnings(cor.test(ystar, fit$vi, method = "kendall", exact = TRUE))
  cn <- cor.test(ystar, fit$vi, method = "kendall", exact = FALSE)
  out <- list(fit = list(method = fit$method, test = fit$test,
                         level = 100 * (1 - fit$level)),
              regtest = egger,
              ranktest = list(tau = as.numeric(rk$tau), pval = rk$pval,
                              exact = !ties, statistic = as.numeric(ct$statistic),
                              normal_statistic = as.numeric(cn$statistic),
                              normal_pval = cn$p.value),
              trimfill = trim_record(trimfill(fit), ratio))
  if (length(variants) > 0) {
    # a variant metafor cannot compute (Q0 with 2k^2 - 4 S + 1/4 < 0) is
    # recorded with its error message
    out$trimfill_variants <- lapply(variants, function(v) {
      tf <- try(suppressWarnings(do.call(trimfill, c(list(fit), v))), silent = TRUE)
      if (inherits(tf, "try-error")) {
        return(list(estimator = if (is.null(v$estimator)) "L0" else v$estimator,
                    side_given = if (is.null(v$side)) NA else v$side,
                    error = conditionMessage(attr(tf, "condition"))))
      }
      trim_record(tf, ratio, v$side)
    })
  }
  out
}

leave1out_record <- function(fit, studies) {
  l1 <- leave1out(fit)
  rows <- lapply(seq_along(l1$estimate), function(i) {
    r <- list(study = studies[fit$not.na][i], estimate = l1$estimate[i],
              se = l1$se[i])
    r[[stat_name(fit)]] <- l1[[stat_name(fit)]][i]
    c(r, list(pval = l1$pval[i], ci_lb = l1$ci.lb[i], ci_ub = l1$ci.ub[i],
              Q = l1$Q[i], Qp = l1$Qp[i], tau2 = l1$tau2[i], I2 = l1$I2[i],
              H2 = l1$H2[i]))
  })
  list(method = fit$method, test = fit$test, level = 100 * (1 - fit$level),
       rows = rows)
}

metareg_record <- function(es, mods, method = "REML") {
  fit <- rma(yi, vi, mods = mods, data = es, method = method)
  names <- rownames(fit$beta)
  coefs <- lapply(seq_along(names), function(j) {
    r <- list(name = names[j], estimate = fit$beta[j, 1], se = fit$se[j])
    r[[stat_name(fit)]] <- fit$zval[j]
    c(r, list(pval = fit$pval[j], ci_lb = fit$ci.lb[j], ci_ub = fit$ci.ub[j]))
  })
  list(mods = paste(deparse(mods), collapse = ""), method = fit$method,
       test = fit$test, k = fit$k, p = fit$p, coefficients = coefs,
       QM = fit$QM, QMdf = fit$QMdf[[1]], QMp = fit$QMp,
       QE = fit$QE, QEdf = fit$k - fit$p, QEp = fit$QEp,
       tau2 = fit$tau2, se_tau2 = fit$se.tau2, I2 = fit$I2, H2 = fit$H2,
       R2 = na_null(fit$R2))
}

subgroup_record <- function(es, group, method = "REML", test = "z",
                            ratio = FALSE) {
  g <- factor(es[[group]])
  zse <- numeric(0)
  per <- lapply(levels(g), function(lv) {
    sub <- es[g == lv, ]
    fit <- rma(yi, vi, data = sub, method = method, test = test)
    # the model-based standard error: that of the z test, also under knha
    zse[lv] <<- rma(yi, vi, data = sub, method = method, test = "z")$se
    c(list(group = lv, studies = arr(as.character(sub$study))),
      fit_record(fit, ratio))
  })
  b <- vapply(per, function(r) r$beta, 0)
  s <- unname(zse[levels(g)])
  w <- 1 / s^2
  bw <- sum(w * b) / sum(w)
  Q <- sum(w * (b - bw)^2)
  df <- length(b) - 1
  lv <- levels(g)
  femods <- rma(b, sei = s, mods = ~ factor(lv), method = "FE")
  fe <- rma(b, sei = s, method = "FE")
  # (each group's fit names its test; `test` is the test for differences)
  list(column = group, method = method, groups = per,
       test = list(Q = Q, df = df,
                                  pval = pchisq(Q, df, lower.tail = FALSE),
                                  pooled = bw, se = arr(s)),
       fe_mods_on_estimates = list(QM = femods$QM, QMdf = femods$QMdf[[1]],
                                   QMp = femods$QMp),
       fe_on_estimates = list(QE = fe$QE, QEp = fe$QEp))
}

case <- function(source, data, escalc, fits, ...) {
  c(list(source = paste0(source, "; ", COMPUTED, "."),
         metafor = METAFOR, metadat = METADAT, R = RVERSION,
         data = data, escalc = escalc, fits = fits), list(...))
}

# ------------------------------------------------------------- 2x2 data ----

as2x2 <- function(study, ai, n1i, ci, n2i, ...) {
  data.frame(study = study, ai = ai, bi = n1i - ai, ci = ci, di = n2i - ci,
             ..., stringsAsFactors = FALSE)
}

escalc2x2 <- function(d, measure, add = 1/2) {
  es <- escalc(measure, ai = ai, bi = bi, ci = ci, di = di, data = d, add = add)
  es$yi[!is.finite(es$yi)] <- NA
  es$vi[!is.finite(es$vi)] <- NA
  es
}

RATIO <- c("RR", "OR", "PETO", "ROM")

# ------------------------------------------------------------ BCG ----

bcg <- dat.bcg
bcg_data <- data.frame(study = paste(bcg$author, bcg$year), ai = bcg$tpos,
                       bi = bcg$tneg, ci = bcg$cpos, di = bcg$cneg,
                       ablat = bcg$ablat, alloc = bcg$alloc,
                       stringsAsFactors = FALSE)
BCG_SOURCE <- paste("BCG vaccine trials against tuberculosis (metafor's dat.bcg;",
                    "Colditz et al. 1994, JAMA 271:698-702): tpos, tneg, cpos,",
                    "cneg as ai, bi, ci, di")

bcg_es <- escalc2x2(bcg_data, "RR")
tt <- twobytwo(bcg_data)
write_case("bcg-rr", case(
  BCG_SOURCE, bcg_data,
  escalc_record(bcg_es, "RR", tt$settings, list(corrected = tt$corrected)),
  fits_for(bcg_es, knha = c("REML", "DL", "PM"), level90 = "REML", ratio = TRUE),
  bias = list(bias_record(rma(yi, vi, data = bcg_es, method = "REML"), TRUE,
                          variants = list(list(estimator = "R0"),
                                          list(estimator = "Q0"),
                                          list(side = "left"))),
              bias_record(rma(yi, vi, data = bcg_es, method = "FE"), TRUE),
              bias_record(rma(yi, vi, data = bcg_es, method = "REML",
                              test = "knha"), TRUE),
              bias_record(rma(yi, vi, data = bcg_es, method = "DL", level = 90),
                          TRUE)),
  leave1out = leave1out_record(rma(yi, vi, data = bcg_es, method = "REML"),
                               bcg_data$study),
  metaregression = list(metareg_record(bcg_es, ~ ablat),
                        metareg_record(bcg_es, ~ alloc),
                        metareg_record(bcg_es, ~ ablat + alloc)),
  subgroups = subgroup_record(bcg_es, "alloc", ratio = TRUE)))

for (m in c("OR", "RD")) {
  es <- escalc2x2(bcg_data, m)
  write_case(paste0("bcg-", tolower(m)), case(
    BCG_SOURCE, bcg_data,
    escalc_record(es, m, tt$settings, list(corrected = tt$corrected)),
    fits_for(es, methods = "REML", ratio = m %in% RATIO)))
}

# ------------------------------------------- Viechtbauer (2005) ----

V2005 <- paste("Viechtbauer (2005), Bias and efficiency of meta-analytic variance",
               "estimators in the random-effects model, J Educ Behav Stat",
               "30:261-293, example %d (yi and vi as metafor's own test",
               "test_analysis_example_viechtbauer2005.r enters them; the paper's",
               "estimates for this example are on p. %d)")
v2005 <- list(
  list(n = 1, page = 271,
       yi = c(-0.581, 0.530, 0.771, 1.031, 0.553, 0.295, 0.078, 0.573, -0.176, -0.232),
       vi = c(0.023, 0.052, 0.060, 0.115, 0.095, 0.203, 0.200, 0.211, 0.051, 0.040)),
  list(n = 2, page = 272,
       yi = c(0.100, -0.162, -0.090, -0.049, -0.046, -0.010, -0.431, -0.261, 0.134,
              0.019, 0.175, 0.056, 0.045, 0.103, 0.121, -0.482, 0.290, 0.342),
       vi = c(0.016, 0.015, 0.050, 0.050, 0.032, 0.052, 0.036, 0.024, 0.034,
              0.033, 0.031, 0.034, 0.039, 0.167, 0.134, 0.096, 0.016, 0.035)))
for (ex in v2005) {
  d <- data.frame(study = paste("Study", seq_along(ex$yi)), yi = ex$yi, vi = ex$vi,
                  stringsAsFactors = FALSE)
  es <- escalc("GEN", yi = yi, vi = vi, data = d)
  src <- sprintf(V2005, ex$n, ex$page)
  if (ex$n == 2) src <- paste0(src, "; the HE estimate of tau^2 is truncated at ",
                               "the boundary 0")
  bias <- list(bias_record(rma(yi, vi, data = es, method = "REML"),
                           variants = list(list(estimator = "R0"),
                                           list(estimator = "Q0"),
                                           list(side = "right"))),
               bias_record(rma(yi, vi, data = es, method = "FE")),
               bias_record(rma(yi, vi, data = es, method = "ML")),
               bias_record(rma(yi, vi, data = es, method = "PM", test = "knha")))
  write_case(sprintf("viechtbauer2005-example%d", ex$n), case(
    src, d, escalc_record(es, "GEN"), fits_for(es, knha = "REML"),
    bias = bias,
    leave1out = leave1out_record(rma(yi, vi, data = es, method = "PM",
                                     test = "knha"), d$study)))
}

# ----------------------------------------- DerSimonian and Kacker (2007) ----

clasp <- as2x2(paste("Trial", 1:6),
               ai = c(5, 5, 12, 69, 9, 313), n1i = c(156, 303, 565, 1570, 103, 4659),
               ci = c(8, 17, 9, 94, 11, 352), n2i = c(74, 303, 477, 1565, 105, 4650))
es <- escalc2x2(clasp, "OR")
tt <- twobytwo(clasp)
write_case("dersimonian2007-clasp", case(
  paste("DerSimonian and Kacker (2007), Random-effects model for meta-analysis of",
        "clinical trials: an update, Contemp Clin Trials 28:105-114: the CLASP",
        "example (six trials; log odds ratios; tau, mu and se in Tables 3 and 4,",
        "pp. 111-112), counts as metafor's own test",
        "test_analysis_example_dersimonian2007.r enters them (events and group",
        "sizes; trials unnamed there, so numbered here)"),
  clasp, escalc_record(es, "OR", tt$settings, list(corrected = tt$corrected)),
  fits_for(es, knha = "REML", ratio = TRUE)))

# ----------------------------------------------------------- zero cells ----

niel <- dat.nielweise2007
zero <- rbind(
  as2x2(paste(niel$author, niel$year), niel$ai, niel$n1i, niel$ci, niel$n2i),
  as2x2("Constructed all-events study", 12, 12, 15, 15))
ZERO_SOURCE <- paste(
  "Anti-infective-treated central venous catheters and catheter-related",
  "bloodstream infection (metafor's dat.nielweise2007; Niel-Weise et al. 2007,",
  "Intensive Care Med 33:2058-2068): zero events in one arm in several trials",
  "and in both arms in Yucel 2004; a last row, not in the publication, is",
  "constructed with all events in both arms (12/12 vs 15/15)")
for (m in c("RR", "OR", "RD", "PETO")) {
  es <- escalc2x2(zero, m)
  tt <- twobytwo(zero)
  src <- ZERO_SOURCE
  if (m == "PETO") src <- paste0(src, "; escalc's defaults (add 1/2 to every cell ",
                                 "of a study with a zero cell) apply to PETO too")
  write_case(paste0("zero-cells-", tolower(m)), case(
    src, zero, escalc_record(es, m, tt$settings, list(corrected = tt$corrected)),
    fits_for(es, methods = c("FE", "DL", "REML"), ratio = m %in% RATIO)))
}
es <- suppressWarnings(escalc2x2(zero, "PETO", add = 0))
tt <- twobytwo(zero, add = 0)
write_case("zero-cells-peto-add0", case(
  paste0(ZERO_SOURCE, "; PETO without any correction (escalc add=0): the ",
         "double-zero and the all-events studies have no defined yi (null) ",
         "and are left out of the fits"),
  zero, escalc_record(es, "PETO", tt$settings, list(corrected = tt$corrected)),
  fits_for(es, methods = c("FE", "DL", "REML"), ratio = TRUE)))

# ------------------------------------------------------------- means ----

nd <- dat.normand1999
normand <- data.frame(study = nd$source, m1i = nd$m1i, sd1i = nd$sd1i, n1i = nd$n1i,
                      m2i = nd$m2i, sd2i = nd$sd2i, n2i = nd$n2i,
                      stringsAsFactors = FALSE)
for (m in c("SMD", "MD", "ROM")) {
  es <- escalc(m, m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i,
               n2i = n2i, data = normand)
  settings <- if (m == "SMD") list(vtype = "LS", correction = "exact") else
              list(vtype = "LS")
  write_case(paste0("normand1999-", tolower(m)), case(
    paste("Length of hospital stay for stroke patients, specialist vs general",
          "care (metafor's dat.normand1999; Normand 1999, Stat Med",
          "18:321-359): group 1 specialist, group 2 general care"),
    normand, escalc_record(es, m, settings),
    fits_for(es, methods = c("FE", "DL", "REML"), knha = "REML",
             ratio = m %in% RATIO)))
}

# ------------------------------------------------------- correlations ----

ml <- dat.molloy2014
molloy <- data.frame(study = paste(ml$authors, ml$year), ri = ml$ri, ni = ml$ni,
                     design = ml$design, stringsAsFactors = FALSE)
for (m in c("ZCOR", "COR")) {
  es <- escalc(m, ri = ri, ni = ni, data = molloy)
  write_case(paste0("molloy2014-", tolower(m)), case(
    paste("Conscientiousness and medication adherence (metafor's",
          "dat.molloy2014; Molloy et al. 2014, Ann Behav Med 47:92-101)"),
    molloy, escalc_record(es, m, if (m == "COR") list(vtype = "LS") else list()),
    fits_for(es, methods = c("FE", "DL", "REML"), knha = "REML"),
    bias = list(bias_record(rma(yi, vi, data = es, method = "REML")),
                bias_record(rma(yi, vi, data = es, method = "DL", test = "knha"))),
    leave1out = leave1out_record(rma(yi, vi, data = es, method = "DL", level = 90),
                                 molloy$study),
    subgroups = subgroup_record(es, "design", method = "DL")))
}

# ---------------------------------------------------------------- GEN ----

rb <- dat.raudenbush1985
RB_SOURCE <- paste("Teacher expectancy and pupil IQ (metafor's dat.raudenbush1985;",
                   "Raudenbush 1984, J Educ Psychol 76:85-97), standardized mean",
                   "differences as given")
gen_vi <- data.frame(study = paste(rb$author, rb$year), yi = rb$yi, vi = rb$vi,
                     tester = rb$tester, stringsAsFactors = FALSE)
es <- escalc("GEN", yi = yi, vi = vi, data = gen_vi)
write_case("gen-vi", case(RB_SOURCE, gen_vi, escalc_record(es, "GEN"),
                          fits_for(es, methods = c("FE", "DL", "REML"), knha = "REML"),
                          bias = list(bias_record(rma(yi, vi, data = es, method = "REML")),
                                      bias_record(rma(yi, vi, data = es, method = "FE"))),
                          leave1out = leave1out_record(rma(yi, vi, data = es, method = "FE"),
                                                       gen_vi$study),
                          subgroups = subgroup_record(es, "tester", test = "knha")))
gen_sei <- data.frame(study = gen_vi$study, yi = rb$yi, sei = round(sqrt(rb$vi), 4),
                      stringsAsFactors = FALSE)
es <- escalc("GEN", yi = yi, sei = sei, data = gen_sei)
write_case("gen-sei", case(
  paste0(RB_SOURCE, "; sei = sqrt(vi) rounded to 4 decimals, as a user would ",
         "type a standard error (so vi = sei^2 differs slightly from the ",
         "data set's vi)"),
  gen_sei, escalc_record(es, "GEN", list(input = "sei")),
  fits_for(es, methods = c("FE", "DL", "REML"), knha = "REML")))

# ---------------------------------------------------------- edge cases ----

two <- bcg_data[1:2, c("study", "ai", "bi", "ci", "di")]
es <- escalc2x2(two, "RR")
tt <- twobytwo(two)
write_case("two-studies", case(
  paste0(BCG_SOURCE, "; only the first two trials (k = 2)"),
  two, escalc_record(es, "RR", tt$settings, list(corrected = tt$corrected)),
  fits_for(es, knha = c("REML", "DL"), ratio = TRUE)))

yu <- dat.yusuf1985
yu <- yu[yu$table == "6" & !is.na(yu$ai), ]
homog <- as2x2(yu$trial, yu$ai, yu$n1i, yu$ci, yu$n2i)
es <- escalc2x2(homog, "PETO")
tt <- twobytwo(homog)
write_case("homogeneous-yusuf1985", case(
  paste("Beta blockade during and after myocardial infarction (metafor's",
        "dat.yusuf1985, table 6; Yusuf et al. 1985, Prog Cardiovasc Dis",
        "27:335-371), the trial Snow 1 with missing counts left out; PETO log",
        "odds ratios with escalc's defaults (1/2 added to every cell of the four",
        "trials with a zero cell, three of them with no events in either arm);",
        "every estimator but SJ gives tau^2 = 0"),
  homog, escalc_record(es, "PETO", tt$settings, list(corrected = tt$corrected)),
  fits_for(es, knha = "REML", ratio = TRUE),
  bias = list(bias_record(rma(yi, vi, data = es, method = "REML"), TRUE))))

same <- data.frame(study = paste("Study", 1:5), yi = rep(0.3, 5),
                   vi = c(0.01, 0.04, 0.09, 0.02, 0.05), stringsAsFactors = FALSE)
es <- escalc("GEN", yi = yi, vi = vi, data = same)
write_case("identical-estimates", case(
  paste("Constructed: five studies with the same estimate yi = 0.3 and",
        "different vi (Q = 0, tau^2 = 0, I^2 = 0)"),
  same, escalc_record(es, "GEN"), fits_for(es, knha = "REML")))

# ------------------------------------------------------------ many studies ----

# R's exact null distribution of Kendall's statistic (cor.test, exact = TRUE)
# divides by gamma(k + 1), which R computes by Stirling's series beyond k = 49
# and which overflows beyond k = 170: ranktest's p-value is then NaN.
for (k in c(120, 171)) {
  set.seed(20221110 + k)
  vi <- runif(k, 0.01, 0.5)
  many <- data.frame(study = sprintf("Study %03d", seq_len(k)),
                     yi = rnorm(k, 0.2 + 0.6 * sqrt(vi), sqrt(vi + 0.04)), vi = vi,
                     stringsAsFactors = FALSE)
  es <- escalc("GEN", yi = yi, vi = vi, data = many)
  write_case(sprintf("constructed-%d-studies", k), case(
    sprintf(paste("Constructed: %d studies, vi ~ U(0.01, 0.5), yi ~ N(0.2 + 0.6",
                  "sqrt(vi), vi + 0.04) (set.seed(%d)), so that small studies have",
                  "larger effects; for the rank correlation test with many studies"),
            k, 20221110 + k),
    many, escalc_record(es, "GEN"), fits_for(es, methods = "REML"),
    bias = list(bias_record(rma(yi, vi, data = es, method = "REML")))))
}

cat("done\n")
