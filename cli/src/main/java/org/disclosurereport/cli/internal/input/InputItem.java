package org.disclosurereport.cli.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing found among the inputs of a command: a file to read (or already read), a file passed
 * over, or a path that could not be listed or does not exist.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface InputItem {

  /**
   * Returns the path as the user will recognise it: relative when the argument was relative.
   *
   * @return the display name, never null
   */
  String displayName();

  /**
   * A file to read.
   *
   * @param path the file
   * @param displayName the name shown in output
   * @param explicit whether the user named it, rather than it being found in a directory
   */
  record File(Path path, String displayName, boolean explicit) implements InputItem {
    /** Creates the item. */
    public File {
      Objects.requireNonNull(path);
      Objects.requireNonNull(displayName);
    }
  }

  /**
   * A file whose bytes were read whole while walking (to tell JSON Lines from other content), and
   * how they were recognised: handed on with them, so that the file is read and recognised once.
   * Only small files are handed on this way, and only as many as the batch's window holds.
   *
   * @param file the file
   * @param bytes all of its bytes
   * @param detection what {@link FormatSniffer#detect} made of them under the file's display name
   */
  record Read(File file, byte[] bytes, Detection detection) implements InputItem {
    /** Creates the item; the array is not copied, and must not be changed. */
    public Read {
      Objects.requireNonNull(file);
      Objects.requireNonNull(bytes);
      Objects.requireNonNull(detection);
    }

    @Override
    public String displayName() {
      return file.displayName();
    }
  }

  /**
   * A file found in a directory and passed over without being opened: hidden, or an asset of a
   * saved web page (style sheet, script, image, font).
   *
   * @param path the file
   * @param displayName the name shown in output
   */
  record Skipped(Path path, String displayName) implements InputItem {
    /** Creates the item. */
    public Skipped {
      Objects.requireNonNull(path);
      Objects.requireNonNull(displayName);
    }
  }

  /**
   * A path that could not be used: it does not exist, or a directory could not be listed.
   *
   * @param path the path
   * @param displayName the name shown in output
   * @param cause what went wrong
   */
  record Problem(Path path, String displayName, IOException cause) implements InputItem {
    /** Creates the item. */
    public Problem {
      Objects.requireNonNull(path);
      Objects.requireNonNull(displayName);
      Objects.requireNonNull(cause);
    }
  }

  /**
   * One line of a JSON Lines input, read by the walker a line at a time: a document of its own,
   * named {@code displayName:line}. Only the lines in the batch's window are in memory at once.
   *
   * @param path the input
   * @param displayName the input's name shown in output
   * @param line the line number, from 1
   * @param bytes the line without its line break, UTF-8; null when it is longer than the size limit
   * @param size the line's length in bytes
   * @param first whether it is the first document of the input (the one that counts the input)
   * @param order where the line stands among the lines of its input that are not reports
   */
  record Line(
      Path path,
      String displayName,
      long line,
      byte[] bytes,
      long size,
      boolean first,
      LineOrder order)
      implements InputItem {
    /** Creates the item. */
    public Line {
      Objects.requireNonNull(path);
      Objects.requireNonNull(displayName);
      Objects.requireNonNull(order);
    }

    /**
     * Returns the name of the line's document.
     *
     * @return {@code displayName:line}
     */
    public String documentName() {
      return displayName + ":" + line;
    }

    /**
     * Whether the line was longer than the size limit, and so not kept.
     *
     * @return true when {@link #bytes()} is null
     */
    public boolean tooLarge() {
      return bytes == null;
    }
  }
}
