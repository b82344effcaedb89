package dev.appraise.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code appraise} command line. Exit codes: 0 success, 1 failure, 2 bad usage or bad input
 * (one line on stderr, nothing on stdout).
 */
@Command(
    name = "appraise",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "The appraisal half of a systematic review: agreement, risk of bias, meta-analysis, GRADE.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AgreementCommand.class,
      RobCommand.class,
      MetaCommand.class,
      ReviewCommand.class,
      GradeCommand.class,
      SwimCommand.class
    })
public final class AppraiseCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status, without exiting; for tests and embedding.
   */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** A configured command line: usage errors exit 2 with one line on stderr. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new AppraiseCommand());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("appraise: " + ex.getMessage());
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            commandLine.getErr().println("appraise: " + ex.getMessage());
            return 2;
          }
          commandLine.getErr().println("appraise: failed: " + ex);
          return 1;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
