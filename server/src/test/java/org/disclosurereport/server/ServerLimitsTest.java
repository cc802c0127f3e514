package org.disclosurereport.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
  @Test
  void defaultsAreBounded() {
    ServerLimits d = ServerLimits.defaults();
    assertEquals(16L << 20, d.maxBodyBytes());
    assertEquals(32L << 20, d.maxDecompressedBytes());
    assertTrue(d.maxConcurrentRequests() >= 4);
    assertEquals(Duration.ofSeconds(10), d.queueWait());
    assertEquals(Duration.ofSeconds(20), d.requestTime());
    assertEquals(Duration.ofSeconds(30), d.idleTimeout());
  }

  @Test
  void theBuilderRefusesWhatCannotBeALimit() {
    assertThrows(IllegalArgumentException.class, () -> ServerLimits.builder().maxBodyBytes(0));
    assertThrows(
        IllegalArgumentException.class, () -> ServerLimits.builder().maxDecompressedBytes(-1));
    assertThrows(
        IllegalArgumentException.class, () -> ServerLimits.builder().maxConcurrentRequests(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerLimits.builder().queueWait(Duration.ofSeconds(-1)));
    assertThrows(
        IllegalArgumentException.class, () -> ServerLimits.builder().requestTime(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerLimits.builder().idleTimeout(Duration.ofMillis(-5)));
    assertEquals(
        7, ServerLimits.builder().maxConcurrentRequests(7).build().maxConcurrentRequests());
    assertEquals(
        Duration.ZERO, ServerLimits.builder().queueWait(Duration.ZERO).build().queueWait());
  }
}
