package org.disclosurereport.cli.internal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.cli.internal.Terminal;

/**
 * Checks a file the tool is about to write before anything is read: an empty name, a folder, or a
 * file that is also one of the inputs ({@code --summary r.json r.json}, {@code convert r.json -o
 * r.json}) is refused, since writing it would destroy what is being read.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OutputTargets {
  private OutputTargets() {}

  /**
   * Says why an output may not be written, if it may not.
   *
   * @param output the file to write
   * @param inputs the inputs of the same command
   * @param locale the language of the message
   * @return the reason, or empty when the output may be written
   */
  public static Optional<String> refusal(Path output, List<Path> inputs, Locale locale) {
    String shown = Terminal.escape(output.toString());
    if (output.toString().isEmpty() || output.getFileName() == null) {
      return Optional.of(Messages.get(locale, "error.outputEmpty"));
    }
    if (Files.isDirectory(output)) {
      return Optional.of(Messages.get(locale, "error.outputFolder", "file", shown));
    }
    for (Path input : inputs) {
      if (sameFile(output, input)) {
        return Optional.of(Messages.get(locale, "error.outputIsInput", "file", shown));
      }
    }
    return Optional.empty();
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
