package org.disclosurereport.cli.internal.io;

import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.cli.internal.input.InputFormat;

/**
 * An input after loading: what format it was read as, and what the reader made of it; or that
 * it was passed over.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the input, as shown to the user
 * @param format the format it was read as, empty when none could be decided
 * @param skipped whether it was passed over (found in a directory, but not a report format)
 * @param result the report and findings; empty report and no findings when skipped
 */
public record Loaded(String source, Optional<InputFormat> format, boolean skipped, ReadAttempt result) {
  /** Creates the value. */
  public Loaded {
    Objects.requireNonNull(source);
    Objects.requireNonNull(format);
    Objects.requireNonNull(result);
  }
}
