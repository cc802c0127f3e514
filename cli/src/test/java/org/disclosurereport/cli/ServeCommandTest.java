package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code disclosure serve}'s command line: what it refuses before serving anything. */
class ServeCommandTest {
  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun r = CliRun.run("serve", "--port", "70000");
    assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--port must be 0 to 65535: 70000"), r.err());
  }

  @Test
  void limitsBelowTheirMinimumAreUsageErrors() {
    CliRun size = CliRun.run("serve", "--max-size", "0");
    assertEquals(ExitCodes.UNREADABLE, size.exitCode(), size::toString);
    assertTrue(size.err().contains("--max-size must be 1 MiB or more: 0"), size.err());
    CliRun requests = CliRun.run("serve", "--max-requests", "-1");
    assertEquals(ExitCodes.UNREADABLE, requests.exitCode(), requests::toString);
    assertTrue(
        requests.err().contains("--max-requests must be 0 (the default) or more: -1"),
        requests.err());
  }

  @Test
  void aLimitAboveItsMaximumNamesTheMaximum() {
    CliRun size = CliRun.run("serve", "--max-size", "1025");
    assertEquals(ExitCodes.UNREADABLE, size.exitCode(), size::toString);
    assertTrue(size.err().contains("--max-size must be at most 1024 MiB: 1025"), size.err());
    CliRun zh = CliRun.run("--lang", "zh-CN", "serve", "--max-size", "1025");
    assertTrue(zh.err().contains("--max-size 最大为 1024 MiB：1025"), zh.err());
  }

  @Test
  void aTakenPortIsSaidPlainly() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun r = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(ExitCodes.UNREADABLE, r.exitCode(), r::toString);
      assertTrue(
          r.err().contains("Could not serve on 127.0.0.1 port " + taken.getLocalPort()), r.err());
      assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }
  }
}
