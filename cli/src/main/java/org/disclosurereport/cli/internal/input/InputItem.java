package org.disclosurereport.cli.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing found among the inputs of a command: a file to read, a file passed over, or a path that
 * could not be listed or does not exist.
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
}
