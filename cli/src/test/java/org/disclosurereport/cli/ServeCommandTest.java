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
    assertTrue(
        r.err()
            .startsWith("DR-C017 --port does not take 70000; it takes 0 (any free port) to 65535"),
        r.err());
  }

  @Test
  void limitsBelowTheirMinimumAreUsageErrors() {
    CliRun size = CliRun.run("serve", "--max-size", "0");
    assertEquals(ExitCodes.UNREADABLE, size.exitCode(), size::toString);
    assertTrue(
        size.err().startsWith("DR-C017 --max-size does not take 0; it takes 1 to 1024 (MiB)"),
        size.err());
    CliRun requests = CliRun.run("serve", "--max-requests", "-1");
    assertEquals(ExitCodes.UNREADABLE, requests.exitCode(), requests::toString);
    assertTrue(
        requests
            .err()
            .startsWith("DR-C017 --max-requests does not take -1; it takes 0 (no limit) or more"),
        requests.err());
  }

  @Test
  void aLimitAboveItsMaximumNamesTheMaximum() {
    CliRun size = CliRun.run("serve", "--max-size", "1025");
    assertEquals(ExitCodes.UNREADABLE, size.exitCode(), size::toString);
    assertTrue(
        size.err().startsWith("DR-C017 --max-size does not take 1025; it takes 1 to 1024 (MiB)"),
        size.err());
    CliRun zh = CliRun.run("--lang", "zh-CN", "serve", "--max-size", "1025");
    assertTrue(zh.err().startsWith("DR-C017 --max-size 不接受取值 1025；可用的取值为 1 至 1024（MiB）"), zh.err());
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
