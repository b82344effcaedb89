package dev.appraise.examples.cli;

import picocli.CommandLine;

/** The version printed by {@code appraise --version}, read from the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = AppraiseCommand.class.getPackage().getImplementationVersion();
    return new String[] {"appraise " + (v == null ? "development build" : v)};
  }
}
