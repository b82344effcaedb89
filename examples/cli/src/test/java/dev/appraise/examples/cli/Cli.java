package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line, and the contract of a run that fails. */
record Cli(int status, String out, String err) {

  static Cli run(String... args) {
    return run(AppraiseCommand.newCommandLine(), args);
  }

  static Cli run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Cli(status, out.toString(), err.toString());
  }

  /** Asserts bad input: exit 2, nothing on stdout, one line on stderr; returns that line. */
  String badInput() {
    assertThat(status).as(err).isEqualTo(2);
    return oneLineOnStderr();
  }

  /** Asserts a failure: exit 1, nothing on stdout, one line on stderr; returns that line. */
  String failure() {
    assertThat(status).as(err).isEqualTo(1);
    return oneLineOnStderr();
  }

  private String oneLineOnStderr() {
    assertThat(out).isEmpty();
    assertThat(err).startsWith("appraise: ").endsWith(System.lineSeparator());
    String line = err.substring(0, err.length() - System.lineSeparator().length());
    assertThat(line).doesNotContain("\n").doesNotContain("\r").hasSizeLessThanOrEqualTo(1100);
    assertThat(line).doesNotContainPattern("\\bjava\\.[a-z]+\\.").doesNotContain("Exception");
    return line;
  }
}
