package dev.appraise.examples.cli;

import dev.appraise.core.InputFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

  /**
   * A configured command line: usage errors and bad input exit 2, failures 1, each with one line on
   * stderr (see {@link Messages}); running out of memory or stack is a failure with a hint, not a
   * stack trace.
   */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new AppraiseCommand());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine()
              .getErr()
              .println("appraise: " + Messages.line(String.valueOf(ex.getMessage())));
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InputFormatException e) {
            err.println("appraise: " + Messages.of(e));
            return 2;
          }
          if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            err.println("appraise: " + Messages.line(String.valueOf(ex.getMessage())));
            return 2;
          }
          if (ex instanceof UncheckedIOException e) {
            err.println("appraise: " + Messages.of(e.getCause()));
            return 1;
          }
          err.println("appraise: " + Messages.unexpected(ex));
          return 1;
        });
    cl.setExecutionStrategy(AppraiseCommand::execute);
    return cl;
  }

  /**
   * Runs the command parsed; a JVM that runs out of heap or stack (an input far beyond what the
   * commands are made for) ends with one line and a hint instead of a stack trace.
   */
  private static int execute(CommandLine.ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutOfMemoryError e) {
      return exhausted(
          parseResult,
          "out of memory: the input needs more heap than the "
              + heapLimit()
              + " this Java allows; give it more with -Xmx, e.g. java -Xmx8g -jar appraise.jar ...");
    } catch (StackOverflowError e) {
      return exhausted(
          parseResult,
          "out of stack: the input nests too deeply; give Java a larger stack with -Xss,"
              + " e.g. java -Xss64m -jar appraise.jar ...");
    }
  }

  private static int exhausted(CommandLine.ParseResult parseResult, String message) {
    PrintWriter err = parseResult.commandSpec().commandLine().getErr();
    err.println("appraise: " + message);
    err.flush();
    return 1;
  }

  private static String heapLimit() {
    long max = Runtime.getRuntime().maxMemory();
    return max == Long.MAX_VALUE ? "heap" : (max >> 20) + " MiB of heap";
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
