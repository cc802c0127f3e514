package org.disclosurereport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  private static Terminal terminal(boolean interactive, Map<String, String> env) {
    return new Fixtures.Captured(Locale.ENGLISH, interactive, env).terminal();
  }

  @Test
  void showsProgressOnlyToAPersonAtATerminal() {
    assertTrue(terminal(true, Map.of("TERM", "xterm-256color")).showsProgress());
    assertFalse(terminal(false, Map.of()).showsProgress());
    assertFalse(terminal(true, Map.of("TERM", "dumb")).showsProgress());
    for (String ci :
        new String[] {
          "CI",
          "CONTINUOUS_INTEGRATION",
          "GITHUB_ACTIONS",
          "GITLAB_CI",
          "JENKINS_URL",
          "TF_BUILD",
          "BUILDKITE",
          "TEAMCITY_VERSION",
          "TRAVIS"
        }) {
      assertTrue(terminal(true, Map.of(ci, "1")).inCi(), ci);
      assertFalse(terminal(true, Map.of(ci, "1")).showsProgress(), ci);
    }
    assertFalse(terminal(true, Map.of("CI", "false")).inCi());
    assertFalse(terminal(true, Map.of("CI", " ")).inCi());
  }
}
