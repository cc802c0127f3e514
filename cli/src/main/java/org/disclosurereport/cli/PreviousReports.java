package org.disclosurereport.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurereport.cli.internal.input.InputItem;
import org.disclosurereport.cli.internal.input.InputWalker;
import org.disclosurereport.cli.internal.io.InputLoader;
import org.disclosurereport.cli.internal.io.Loaded;
import org.disclosurereport.model.AnnualReport;

/**
 * Last year's reports of {@code validate --previous-dir DIR}, found by organ name and year: the
 * directory is read once to learn who reports for which year, keeping only where each report is; a
 * report is read again when a report of the following year of the same organ asks for it, so that
 * memory does not grow with the number of reports. Organ names are compared with white space
 * removed. An organ with several reports for one year is matched to none of them.
 *
 * <p>Instances are thread-safe.
 */
final class PreviousReports {
  /** No previous reports. */
  static final PreviousReports NONE = new PreviousReports(null, Map.of());

  private final InputLoader loader;
  private final Map<String, Optional<InputItem.File>> byOrganAndYear;

  private PreviousReports(
      InputLoader loader, Map<String, Optional<InputItem.File>> byOrganAndYear) {
    this.loader = loader;
    this.byOrganAndYear = byOrganAndYear;
  }

  /** Reads every report under a directory and notes where each organ's report of each year is. */
  static PreviousReports index(InputLoader loader, java.nio.file.Path dir) throws Exception {
    Map<String, Optional<InputItem.File>> m = new ConcurrentHashMap<>();
    InputWalker walker = new InputWalker(java.util.List.of(dir));
    while (walker.hasNext()) {
      if (!(walker.next() instanceof InputItem.File file)) {
        continue;
      }
      Loaded loaded = loader.load(file);
      if (loaded.skipped() || loaded.documents().size() != 1) {
        continue;
      }
      Optional<AnnualReport> r = loaded.result().report();
      // A report that names no organ or states no year (incomplete) is nobody's previous report.
      Optional<String> key = r.flatMap(PreviousReports::key);
      if (key.isPresent()) {
        // A second report of the same organ and year makes the match ambiguous: none is used.
        m.merge(key.get(), Optional.of(file), (a, b) -> Optional.empty());
      }
    }
    return new PreviousReports(loader, m);
  }

  /**
   * Returns last year's report of the same organ, read again from its file.
   *
   * @param current a report
   * @return the organ's report of the year before, or empty
   */
  Optional<AnnualReport> of(AnnualReport current) {
    Optional<InputItem.File> file =
        byOrganAndYear.isEmpty()
                || current.metadata().organName().isEmpty()
                || current.metadata().reportYear().isEmpty()
            ? Optional.empty()
            : byOrganAndYear.getOrDefault(
                key(
                    current.metadata().organName().get(),
                    current.metadata().reportYear().getAsInt() - 1),
                Optional.empty());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return loader.load(file.get()).result().report();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static Optional<String> key(AnnualReport report) {
    if (report.metadata().organName().isEmpty() || report.metadata().reportYear().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        key(report.metadata().organName().get(), report.metadata().reportYear().getAsInt()));
  }

  /** The organ's name without white space ({@code \s}: space, tab, line breaks), and the year. */
  static String key(String organ, int year) {
    StringBuilder b = new StringBuilder(organ.length() + 5);
    for (int i = 0; i < organ.length(); i++) {
      char c = organ.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        b.append(c);
      }
    }
    return b.append('/').append(year).toString();
  }
}
