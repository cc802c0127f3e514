package org.disclosurereport.serialization.internal;

import java.util.Objects;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.Strictness;
import org.disclosurereport.serialization.Limits;

/**
 * What one configured JSON or XML reader reads with: the options every reader of the SDK shares and
 * the limits of the canonical forms, carried together through the reading code.
 *
 * @param options the shared read options
 * @param limits the limits of the JSON and XML parsers
 */
public record ReadSettings(ReadOptions options, Limits limits) {
  /** The settings of a strict reader with the default limits. */
  public static final ReadSettings DEFAULTS =
      new ReadSettings(ReadOptions.defaults(), Limits.defaults());

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ReadSettings {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Whether other settings are the same. Written out, not left to the record's generated method:
   * its first call links a method handle chain, which every start of a tool that makes a reader
   * would pay for.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReadSettings s && s.options.equals(options) && s.limits.equals(limits);
  }

  @Override
  public int hashCode() {
    return options.hashCode() * 31 + limits.hashCode();
  }

  /**
   * @return what the reader does with members the canonical form does not describe
   */
  public Strictness strictness() {
    return options.strictness();
  }
}
