package org.disclosurereport.cli.internal.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the start of a file, or all of it, into one array of exactly the bytes read.
 *
 * <p>A batch reads tens of thousands of small files, so the array is sized from the file's size and
 * filled in place: a file that is as long as it says is read with one array and no copy. A file
 * whose size is unknown or wrong (one growing as it is read, a device) is read all the same, the
 * array growing as needed, never past the limit.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InputBytes {
  /** The first array for a file that says it is empty, which some special files do. */
  private static final int UNKNOWN_SIZE_START = 8192;

  private InputBytes() {}

  /**
   * Reads a file's bytes, at most a limit of them.
   *
   * @param path the file
   * @param max the most bytes read, at least 1
   * @return the first {@code max} bytes, or all of them when the file is shorter
   * @throws IOException if the file cannot be opened or read
   */
  public static byte[] readAtMost(Path path, int max) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      byte[] bytes = new byte[(int) Math.min(max, size > 0 ? size : UNKNOWN_SIZE_START)];
      int n = 0;
      while (n < max) {
        if (n == bytes.length) {
          // As long as it said: one byte more tells the end from a file that grew.
          ByteBuffer probe = ByteBuffer.allocate(1);
          if (read(channel, probe) < 0) {
            break;
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max(16L, 2L * bytes.length)));
          bytes[n++] = probe.get(0);
          continue;
        }
        int r = read(channel, ByteBuffer.wrap(bytes, n, bytes.length - n));
        if (r < 0) {
          break;
        }
        n += r;
      }
      return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }
  }

  private static int read(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
    int r;
    do {
      r = channel.read(buffer);
    } while (r == 0 && buffer.hasRemaining());
    return r;
  }
}
