package dev.appraise.synthesis.plot;

import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.synthesis.plot.Canvas.Anchor;
import dev.appraise.synthesis.swim.DirectionData;
import dev.appraise.synthesis.swim.DomainVoteCount;
import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.OutcomeDirection;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import dev.appraise.synthesis.swim.StudyDirection;
import dev.appraise.synthesis.swim.VoteCountResult;
import dev.appraise.synthesis.swim.VoteCounting;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effect-direction plot of Thomson and Thomas (2013) as Boon and Thomson (2021) revised it, as
 * SVG: one row per study, one column per outcome domain, an upward arrow where the study's results
 * favour the intervention, a downward one where they favour the comparator and a sideways one where
 * they show no change (filled) or conflict (outlined), combined within a study by the rule of
 * {@link VoteCounting}; the arrow sized by the study's sample size (below 50, 50 to 300, above 300;
 * medium where it is not known); the study's design, size and overall risk of bias beside it; and
 * under each column the vote count and the exact sign test. Statistical significance plays no part.
 *
 * <pre>{@code
 * String svg = EffectDirectionPlot.withDefaults()
 *     .withTitle("Brain changes after treatment")
 *     .render(results, studies);       // OutcomeDirection per result, StudyCharacteristics per study
 * }</pre>
 *
 * <p>Studies with a {@linkplain StudyCharacteristics#group() group} are listed under it, in the
 * order the groups first appear, each group followed by its own vote count and sign test per
 * column; without groups, or {@linkplain #withTotals(boolean) with totals}, the last row counts all
 * studies. A count reads {@code f/n}: {@code f} studies favouring the intervention of the {@code n}
 * with a direction; the p-value is the two-sided sign test's. A column without any study with a
 * direction shows {@code –}, and its tooltip says why.
 *
 * <p>Each arrow is {@code <g class="direction" data-study=".." data-domain=".."
 * data-direction="up|down|none|mixed">} with a {@code <title>}; each count is {@code <g
 * class="vote-count">}. Rows shrink from 24 to 16 pixels beyond 40 studies.
 *
 * <p>References: Thomson HJ, Thomas S (2013), The effect direction plot: visual display of
 * non-standardised effects across multiple outcome domains, Res Synth Methods 4:95-101. Boon MH,
 * Thomson H (2021), The effect direction plot revisited, Res Synth Methods 12:29-33.
 */
public final class EffectDirectionPlot {

  private static final double MARGIN = 12;
  private static final double GAP = 14;
  private static final String INK = "#1A1A1A";

  private final Optional<String> title;
  private final VoteCounting counting;
  private final RiskOfBiasPalette palette;
  private final boolean totals;

  private EffectDirectionPlot(
      Optional<String> title, VoteCounting counting, RiskOfBiasPalette palette, boolean totals) {
    this.title = title;
    this.counting = counting;
    this.palette = palette;
    this.totals = totals;
  }

  /**
   * {@return a plot with the 70 % within-study rule, robvis' colours, totals under grouped studies,
   * no title}
   */
  public static EffectDirectionPlot withDefaults() {
    return new EffectDirectionPlot(
        Optional.empty(), VoteCounting.withDefaults(), RiskOfBiasPalette.COCHRANE, true);
  }

  /**
   * Sets a title drawn above the plot, also the figure's accessible name.
   *
   * @param text the title
   * @return a plot with that title
   */
  public EffectDirectionPlot withTitle(String text) {
    return new EffectDirectionPlot(Optional.of(text), counting, palette, totals);
  }

  /**
   * Sets the vote counting: its within-study threshold and the confidence level.
   *
   * @param voteCounting the configured vote counting
   * @return a plot counting that way
   */
  public EffectDirectionPlot withCounting(VoteCounting voteCounting) {
    return new EffectDirectionPlot(title, voteCounting, palette, totals);
  }

  /**
   * Sets the colours of the risk-of-bias circles.
   *
   * @param colours robvis' colours or the colour-blind-safe palette
   * @return a plot with that palette
   */
  public EffectDirectionPlot withPalette(RiskOfBiasPalette colours) {
    return new EffectDirectionPlot(title, counting, colours, totals);
  }

  /**
   * Chooses whether grouped studies also get a last row counting all of them (ungrouped studies
   * always do).
   *
   * @param shown whether to show the totals
   * @return a plot with that choice
   */
  public EffectDirectionPlot withTotals(boolean shown) {
    return new EffectDirectionPlot(title, counting, palette, shown);
  }

  /**
   * Draws the directions of a file.
   *
   * @param data the results and the studies
   * @return the SVG document
   * @throws IllegalArgumentException if there are no results
   */
  public String render(DirectionData data) {
    return render(data.outcomes(), data.studies());
  }

  /**
   * Draws results.
   *
   * @param outcomes the results, any number per study and domain
   * @param studies what is known of the studies; a study with results but no entry is drawn with
   *     its id only, an entry without results is left out
   * @return the SVG document
   * @throws IllegalArgumentException if there are no results
   */
  public String render(List<OutcomeDirection> outcomes, List<StudyCharacteristics> studies) {
    return draw(outcomes, studies).svg().toDocument();
  }

  /** A block of rows: a group's studies with its vote counts. */
  private record Block(
      Optional<String> group, List<StudyCharacteristics> studies, VoteCountResult counts) {}

  /** Lays the figure out and draws it, keeping the label boxes. */
  Canvas draw(List<OutcomeDirection> outcomes, List<StudyCharacteristics> characteristics) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException(
          "effect-direction plot: needs at least one result, had none");
    }
    Map<String, StudyCharacteristics> known = new LinkedHashMap<>();
    characteristics.forEach(c -> known.putIfAbsent(c.study(), c));
    Set<String> withResults = new LinkedHashSet<>();
    Set<String> domainSet = new LinkedHashSet<>();
    outcomes.forEach(
        o -> {
          withResults.add(o.study());
          domainSet.add(o.domain());
        });
    List<String> domains = new ArrayList<>(domainSet);
    // studies in the order given, then those that only have results
    List<StudyCharacteristics> rows = new ArrayList<>();
    known.values().stream().filter(c -> withResults.contains(c.study())).forEach(rows::add);
    withResults.stream()
        .filter(s -> !known.containsKey(s))
        .forEach(s -> rows.add(StudyCharacteristics.of(s)));
    Map<Optional<String>, List<StudyCharacteristics>> byGroup = new LinkedHashMap<>();
    rows.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
    boolean grouped = byGroup.keySet().stream().anyMatch(Optional::isPresent);
    List<Block> blocks = new ArrayList<>();
    byGroup.forEach(
        (group, members) -> {
          Set<String> ids = new LinkedHashSet<>();
          members.forEach(m -> ids.add(m.study()));
          blocks.add(
              new Block(
                  group,
                  members,
                  counting.count(outcomes.stream().filter(o -> ids.contains(o.study())).toList())));
        });
    VoteCountResult all = counting.count(outcomes);
    boolean showTotals = !grouped || totals;

    boolean showDesign = rows.stream().anyMatch(r -> r.design().isPresent());
    boolean showSize = rows.stream().anyMatch(r -> r.sampleSize().isPresent());
    boolean showRob = rows.stream().anyMatch(r -> r.riskOfBias().isPresent());
    int n = rows.size();
    double rowHeight = n <= 40 ? 24 : 16;
    double font = n <= 40 ? 12 : 10;
    double scale = rowHeight / 24;

    // columns
    double studyWidth = Canvas.width("Study", font, true);
    for (StudyCharacteristics r : rows) {
      studyWidth = Math.max(studyWidth, Canvas.width(r.study(), font, false));
    }
    // group headings and count labels have their rows to themselves: they may run on over design, n
    // and RoB
    double spanning = Canvas.width(countLabel(grouped), font, true);
    for (Block b : blocks) {
      if (b.group().isPresent()) {
        spanning =
            Math.max(spanning, Canvas.width("Vote count (" + b.group().get() + ")", font, true));
      }
    }
    double designWidth = showDesign ? Canvas.width("Design", font, true) : 0;
    double sizeWidth = showSize ? Canvas.width("n", font, true) : 0;
    for (StudyCharacteristics r : rows) {
      designWidth = Math.max(designWidth, Canvas.width(r.design().orElse(""), font, false));
      sizeWidth = Math.max(sizeWidth, Canvas.width(sizeText(r), font, false));
    }
    double robWidth = showRob ? Math.max(Canvas.width("RoB", font, true), rowHeight) : 0;
    double beside =
        (showDesign ? designWidth + GAP : 0)
            + (showSize ? sizeWidth + GAP : 0)
            + (showRob ? robWidth + GAP : 0);
    studyWidth = Math.max(studyWidth, spanning - beside);
    List<Double> domainWidths = new ArrayList<>();
    for (String d : domains) {
      double w = Math.max(Canvas.width(d, font, true), 17 * scale + 8);
      for (Block b : blocks) {
        w = Math.max(w, countWidth(b.counts(), d, font));
      }
      w = Math.max(w, countWidth(all, d, font));
      domainWidths.add(w);
    }
    double x = MARGIN;
    double studyLeft = x;
    x += studyWidth + GAP;
    double designLeft = x;
    x += showDesign ? designWidth + GAP : 0;
    double sizeRight = x + sizeWidth;
    x += showSize ? sizeWidth + GAP : 0;
    double robCentre = x + robWidth / 2;
    x += showRob ? robWidth + GAP : 0;
    List<Double> domainCentres = new ArrayList<>();
    for (double w : domainWidths) {
      domainCentres.add(x + w / 2);
      x += w + GAP;
    }
    double gridRight = x - GAP;

    // rows, top to bottom
    double y = MARGIN;
    double titleBaseline = y + 16;
    if (title.isPresent()) {
      y += 30;
    }
    double headerBaseline = y + font;
    y += font + 10;
    double headerRule = y;
    y += 4;
    double countHeight = 2 * font + 10;
    List<String> legend = legend(rows);
    double bodyHeight = 0;
    for (Block b : blocks) {
      bodyHeight +=
          (b.group().isPresent() ? rowHeight : 0)
              + rowHeight * b.studies().size()
              + (grouped ? countHeight : 0);
    }
    bodyHeight += showTotals ? countHeight : 0;
    double legendTop = y + bodyHeight + 18;
    double legendLine = font + 8;
    Set<RiskOfBiasLevel> levels = EnumSet.noneOf(RiskOfBiasLevel.class);
    rows.forEach(r -> r.riskOfBias().ifPresent(levels::add));
    double height = legendTop + legendLine * (legend.size() + levels.size()) + MARGIN;
    double width = gridRight + MARGIN;
    for (String line : legend) {
      width = Math.max(width, MARGIN + 30 + Canvas.width(line, font, false) + MARGIN);
    }

    Canvas canvas = new Canvas(width, height);
    SvgElement svg =
        canvas
            .svg()
            .cssClass("effect-direction-plot")
            .title(
                title.orElse(
                    "Effect-direction plot: "
                        + n
                        + (n == 1 ? " study, " : " studies, ")
                        + domains.size()
                        + (domains.size() == 1 ? " outcome domain" : " outcome domains")))
            .desc(description(all));
    title.ifPresent(t -> canvas.text(svg, MARGIN, titleBaseline, 16, Anchor.START, true, t));
    SvgElement header = svg.group().cssClass("header");
    canvas.text(header, studyLeft, headerBaseline, font, Anchor.START, true, "Study");
    if (showDesign) {
      canvas.text(header, designLeft, headerBaseline, font, Anchor.START, true, "Design");
    }
    if (showSize) {
      canvas.text(header, sizeRight, headerBaseline, font, Anchor.END, true, "n");
    }
    if (showRob) {
      canvas.text(header, robCentre, headerBaseline, font, Anchor.MIDDLE, true, "RoB");
    }
    for (int c = 0; c < domains.size(); c++) {
      canvas
          .text(
              header,
              domainCentres.get(c),
              headerBaseline,
              font,
              Anchor.MIDDLE,
              true,
              domains.get(c))
          .attribute("class", "domain");
    }
    header
        .line(MARGIN, headerRule, gridRight, headerRule)
        .attribute("stroke", "#BFBFBF")
        .attribute("stroke-width", 1);

    for (Block b : blocks) {
      if (b.group().isPresent()) {
        SvgElement g = svg.group().cssClass("group").data("group", b.group().get());
        canvas.text(
            g,
            studyLeft,
            y + rowHeight * 0.5 + font * 0.35,
            font,
            Anchor.START,
            true,
            b.group().get());
        y += rowHeight;
      }
      for (StudyCharacteristics r : b.studies()) {
        double cy = y + rowHeight * 0.5;
        double baseline = cy + font * 0.35;
        SvgElement g = svg.group().cssClass("study").data("study", r.study());
        canvas.text(g, studyLeft, baseline, font, Anchor.START, false, r.study());
        if (showDesign && r.design().isPresent()) {
          canvas.text(g, designLeft, baseline, font, Anchor.START, false, r.design().get());
        }
        if (showSize && r.sampleSize().isPresent()) {
          canvas.text(g, sizeRight, baseline, font, Anchor.END, false, sizeText(r));
        }
        if (showRob && r.riskOfBias().isPresent()) {
          riskOfBias(
              g, r.study(), r.riskOfBias().get(), robCentre, cy, Math.min(rowHeight * 0.38, 8));
        }
        for (int c = 0; c < domains.size(); c++) {
          Optional<StudyDirection> sd = direction(b.counts(), domains.get(c), r.study());
          if (sd.isPresent()) {
            arrow(g, sd.get(), r, domainCentres.get(c), cy, scale);
          }
        }
        y += rowHeight;
      }
      if (grouped) {
        countRow(
            canvas,
            svg,
            b.counts(),
            domains,
            domainCentres,
            studyLeft,
            y,
            font,
            "Vote count" + b.group().map(gr -> " (" + gr + ")").orElse(""),
            b.group());
        y += countHeight;
      }
    }
    if (showTotals) {
      countRow(
          canvas,
          svg,
          all,
          domains,
          domainCentres,
          studyLeft,
          y,
          font,
          countLabel(grouped),
          Optional.empty());
      y += countHeight;
    }
    svg.line(MARGIN, y + 4, gridRight, y + 4)
        .attribute("stroke", "#BFBFBF")
        .attribute("stroke-width", 1);

    SvgElement key = svg.group().cssClass("legend");
    double ly = legendTop;
    for (String line : legend) {
      double baseline = ly + font * 0.8;
      double cy = baseline - font * 0.35;
      SvgElement item = key.group().cssClass("legend-item");
      if (line.startsWith("Up")) {
        shape(item, EffectDirection.FAVOURS_INTERVENTION, MARGIN + 10, cy, 12);
      } else if (line.startsWith("Down")) {
        shape(item, EffectDirection.FAVOURS_COMPARATOR, MARGIN + 10, cy, 12);
      } else if (line.startsWith("Sideways, filled")) {
        shape(item, EffectDirection.NO_CHANGE, MARGIN + 10, cy, 12);
      } else if (line.startsWith("Sideways, open")) {
        shape(item, EffectDirection.CONFLICTING, MARGIN + 10, cy, 12);
      }
      canvas.text(item, MARGIN + 30, baseline, font, Anchor.START, false, line);
      ly += legendLine;
    }
    for (RiskOfBiasLevel level : levels) {
      double baseline = ly + font * 0.8;
      SvgElement item = key.group().cssClass("legend-item").data("level", level.label());
      riskOfBias(item, "", level, MARGIN + 10, baseline - font * 0.35, 7);
      canvas.text(
          item, MARGIN + 30, baseline, font, Anchor.START, false, "Risk of bias: " + level.label());
      ly += legendLine;
    }
    return canvas;
  }

  private static Optional<StudyDirection> direction(
      VoteCountResult counts, String domain, String study) {
    return counts.domains().stream()
        .filter(d -> d.domain().equals(domain))
        .findFirst()
        .flatMap(d -> d.studies().stream().filter(s -> s.study().equals(study)).findFirst());
  }

  private static String countLabel(boolean grouped) {
    return grouped ? "Vote count, all studies" : "Vote count";
  }

  private static String sizeText(StudyCharacteristics r) {
    return r.sampleSize().isPresent() ? Integer.toString(r.sampleSize().getAsInt()) : "";
  }

  /**
   * The two lines of a count: {@code f/n} and the sign test, or a dash when no study has a
   * direction.
   */
  private static List<String> countLines(VoteCountResult counts, String domain) {
    Optional<DomainVoteCount> d =
        counts.domains().stream().filter(c -> c.domain().equals(domain)).findFirst();
    if (d.isEmpty()) {
      return List.of();
    }
    if (d.get().withDirection() == 0) {
      return List.of("–");
    }
    return List.of(
        d.get().favouring() + "/" + d.get().withDirection(),
        Numbers.p(d.get().signTestP().orElseThrow()));
  }

  private static double countWidth(VoteCountResult counts, String domain, double font) {
    return countLines(counts, domain).stream()
        .mapToDouble(l -> Canvas.width(l, font, false))
        .max()
        .orElse(0);
  }

  private void countRow(
      Canvas canvas,
      SvgElement svg,
      VoteCountResult counts,
      List<String> domains,
      List<Double> centres,
      double left,
      double top,
      double font,
      String label,
      Optional<String> group) {
    SvgElement row = svg.group().cssClass("vote-count");
    group.ifPresent(g -> row.data("group", g));
    double first = top + font + 2;
    double second = first + font + 2;
    canvas.text(row, left, first, font, Anchor.START, true, label);
    for (int c = 0; c < domains.size(); c++) {
      String domain = domains.get(c);
      List<String> lines = countLines(counts, domain);
      if (lines.isEmpty()) {
        continue;
      }
      DomainVoteCount d = counts.domain(domain);
      SvgElement cell = row.group().cssClass("count").data("domain", domain).title(countTitle(d));
      canvas.text(cell, centres.get(c), first, font, Anchor.MIDDLE, false, lines.get(0));
      if (lines.size() > 1) {
        canvas.text(cell, centres.get(c), second, font, Anchor.MIDDLE, false, lines.get(1));
      }
    }
  }

  private static String countTitle(DomainVoteCount d) {
    if (d.undefinedReason().isPresent()) {
      return d.domain() + ": " + d.undefinedReason().get();
    }
    ConfidenceInterval ci = d.interval().orElseThrow();
    return d.domain()
        + ": "
        + d.favouring()
        + " of "
        + d.withDirection()
        + " studies with a direction favour the"
        + " intervention ("
        + Numbers.two(100 * d.proportion().orElseThrow())
        + "%, "
        + Numbers.percent(ci.level())
        + "% CI "
        + Numbers.two(100 * ci.lower())
        + "% to "
        + Numbers.two(100 * ci.upper())
        + "%, Wilson); sign test "
        + Numbers.p(d.signTestP().orElseThrow())
        + "; "
        + d.unclear()
        + " without a direction";
  }

  private static List<String> legend(List<StudyCharacteristics> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("Up: favours the intervention");
    lines.add("Down: favours the comparator");
    lines.add("Sideways, filled: no change");
    lines.add("Sideways, open: conflicting results");
    boolean unknown = rows.stream().anyMatch(r -> r.sampleSize().isEmpty());
    lines.add(
        "Arrow size: sample size below 50, 50 to 300, above 300"
            + (unknown ? "; medium where not reported" : ""));
    lines.add(
        "Vote count: studies favouring the intervention of those with a direction; p: exact two-sided sign test");
    return lines;
  }

  private void arrow(
      SvgElement parent,
      StudyDirection d,
      StudyCharacteristics study,
      double cx,
      double cy,
      double scale) {
    double size =
        scale
            * (study.sampleSize().isEmpty()
                ? 13
                : study.sampleSize().getAsInt() < 50
                    ? 9
                    : study.sampleSize().getAsInt() <= 300 ? 13 : 17);
    SvgElement g =
        parent
            .group()
            .cssClass("direction")
            .data("study", d.study())
            .data("domain", d.domain())
            .data("direction", d.direction().code())
            .title(
                d.study()
                    + ", "
                    + d.domain()
                    + ": "
                    + words(d.direction())
                    + " ("
                    + d.outcomes().size()
                    + (d.outcomes().size() == 1 ? " result" : " results")
                    + (d.outcomes().size() > 1
                        ? ", " + Numbers.two(100 * d.agreement()) + "% agreeing"
                        : "")
                    + ")");
    shape(g, d.direction(), cx, cy, size);
  }

  private static String words(EffectDirection d) {
    switch (d) {
      case FAVOURS_INTERVENTION:
        return "favours the intervention";
      case FAVOURS_COMPARATOR:
        return "favours the comparator";
      case NO_CHANGE:
        return "no change";
      default:
        return "conflicting results";
    }
  }

  private static void shape(SvgElement parent, EffectDirection d, double cx, double cy, double s) {
    double h = s / 2;
    switch (d) {
      case FAVOURS_INTERVENTION:
        parent.polygon(cx, cy - h, cx + h, cy + h, cx - h, cy + h).attribute("fill", INK);
        break;
      case FAVOURS_COMPARATOR:
        parent.polygon(cx - h, cy - h, cx + h, cy - h, cx, cy + h).attribute("fill", INK);
        break;
      default:
        String fill = d == EffectDirection.NO_CHANGE ? INK : "#FFFFFF";
        parent
            .polygon(cx - h, cy, cx - s * 0.06, cy - h * 0.7, cx - s * 0.06, cy + h * 0.7)
            .attribute("fill", fill)
            .attribute("stroke", INK)
            .attribute("stroke-width", 1);
        parent
            .polygon(cx + h, cy, cx + s * 0.06, cy - h * 0.7, cx + s * 0.06, cy + h * 0.7)
            .attribute("fill", fill)
            .attribute("stroke", INK)
            .attribute("stroke-width", 1);
        break;
    }
  }

  private void riskOfBias(
      SvgElement parent, String study, RiskOfBiasLevel level, double cx, double cy, double r) {
    SvgElement g = parent;
    if (!study.isEmpty()) {
      g =
          parent
              .group()
              .cssClass("judgement")
              .data("level", level.label())
              .title(study + ", overall risk of bias: " + level.label());
    }
    Canvas.judgement(g, palette, level, cx, cy, r);
  }

  private static String description(VoteCountResult all) {
    StringBuilder text = new StringBuilder("Vote counting by direction of effect.");
    for (DomainVoteCount d : all.domains()) {
      text.append(' ').append(countTitle(d)).append('.');
    }
    return text.toString();
  }
}
