package org.disclosurereport.serialization.internal;

import java.io.IOException;

/** Thrown by {@link LimitedInputStream} when a document passes its byte limit. */
final class DocumentTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  DocumentTooLargeException(long limit) {
    super("document exceeds the maximum allowed size (" + limit + " bytes)");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
