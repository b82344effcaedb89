package dev.appraise.examples.cli;

import dev.appraise.examples.review.ReportWriter;
import dev.appraise.examples.review.ReviewReport;
import dev.appraise.examples.review.SeedReview;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraise review --out DIR}: rebuilds the seed review's appraisal (PRISMA flow check,
 * two-rater risk of bias, clusters, GRADE, reported-number checks) and writes it as {@code
 * index.html}, {@code report.md}, the SVG figures and {@code review.json} into DIR. Progress goes
 * to stderr, a short summary to stdout.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Rebuild the seed review (Pain Physician 2017, 9 studies) end to end and write the report.",
      "Writes index.html, report.md, the SVG figures and review.json into DIR."
    })
final class ReviewCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the report into; created if missing.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadInputException(out + ": not a directory");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    ReviewReport report =
        SeedReview.run(
            step -> {
              err.println(step + "...");
              err.flush();
            });
    err.println("writing report...");
    err.flush();
    ReportWriter.write(report, out);
    for (String line : report.summary()) {
      stdout.println(line);
    }
    stdout.println("report: " + out.resolve(ReportWriter.INDEX).toAbsolutePath().normalize());
    stdout.flush();
    return 0;
  }
}
