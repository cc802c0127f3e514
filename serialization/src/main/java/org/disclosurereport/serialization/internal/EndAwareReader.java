package org.disclosurereport.serialization.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that counts the characters it gives and knows when its source has ended, so that a
 * parser failure can be placed: one at the very end of a document that has ended is a truncated
 * document, whatever the parser's message says.
 */
final class EndAwareReader extends FilterReader {
  private long count;
  private boolean ended;

  EndAwareReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c < 0) {
      ended = true;
    } else {
      count++;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      ended = true;
    } else {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    return skipped;
  }

  /**
   * Returns the length of the document, once it has ended.
   *
   * @return the characters read, or -1 while the source has not ended
   */
  long lengthIfEnded() {
    return ended ? count : -1;
  }
}
