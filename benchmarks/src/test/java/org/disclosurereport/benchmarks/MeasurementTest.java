package org.disclosurereport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasurementTest {
  @Test
  void jmhUnitsConvertToNanoseconds() {
    assertEquals(7.0, Measurement.toNanos(7, "ns/op"));
    assertEquals(7_000.0, Measurement.toNanos(7, "us/op"));
    assertEquals(7_000_000.0, Measurement.toNanos(7, "ms/op"));
    assertEquals(7e9, Measurement.toNanos(7, "s/op"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Measurement.toNanos(7, "ops/s"));
    assertEquals(
        "Invalid value for unit (valid values ns/op, us/op, ms/op, s/op): ops/s", e.getMessage());
  }

  @Test
  void aTimeMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> new Measurement("A.b", 0, 0, OptionalDouble.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Measurement("A.b", Double.NaN, 0, OptionalDouble.empty()));
  }
}
