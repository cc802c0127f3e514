package org.disclosurereport.cli.internal.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.document.DocumentFormat;

/**
 * An input after loading: what format it was read as and what the reader made of each document in
 * it; or that it was passed over.
 *
 * <p>An input holds one document, except a JSON Lines file, which holds one per line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the input, as shown to the user
 * @param format the format it was read as, empty when none could be decided
 * @param skipped whether it was passed over (found in a directory, but not a report format)
 * @param documents the documents read, at least one; when skipped, one without a report or findings
 */
public record Loaded(
    String source, Optional<DocumentFormat> format, boolean skipped, List<Document> documents) {

  /**
   * One document of an input.
   *
   * @param source the document, as shown to the user: the input's name, or {@code name.jsonl:17}
   *     for line 17 of a JSON Lines file
   * @param result the report and findings
   */
  public record Document(String source, ReadAttempt result) {
    /** Creates the value. */
    public Document {
      Objects.requireNonNull(source);
      Objects.requireNonNull(result);
    }
  }

  /** Creates the value; the list is copied. */
  public Loaded {
    Objects.requireNonNull(source);
    Objects.requireNonNull(format);
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("an input has at least one document: " + source);
    }
  }

  /**
   * Returns the input loaded as its one document.
   *
   * @param source the input
   * @param format the format
   * @param skipped whether it was passed over
   * @param result the report and findings
   * @return the value
   */
  public static Loaded single(
      String source, Optional<DocumentFormat> format, boolean skipped, ReadAttempt result) {
    return new Loaded(source, format, skipped, List.of(new Document(source, result)));
  }

  /**
   * Returns the result of the first document, the only one unless the input is JSON Lines.
   *
   * @return the report and findings
   */
  public ReadAttempt result() {
    return documents.get(0).result();
  }
}
