package org.disclosurereport.benchmarks.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;

/**
 * Writes report files for the batch-throughput measurement: consistent testkit reports of both
 * editions, each in the canonical JSON form as a file on disk has it (pretty-printed), a thousand
 * to a folder, as an auditor's province is organised by city and county.
 *
 * <p>Report {@code i} is generated from seed {@code seed + i}, so the same count and seed give the
 * same files on every machine. This class is immutable and thread-safe.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.disclosurereport.benchmarks.batch.ReportFiles DIR COUNT [SEED]
 * </pre>
 */
public final class ReportFiles {
  /** Files per folder. */
  public static final int PER_FOLDER = 1_000;

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20_250_101L;

  private final ReportGenerator v2019 = ReportGenerator.of(Edition.V2019);
  private final ReportGenerator v2021 = ReportGenerator.of(Edition.V2021);
  private final ReportJson json = ReportJson.create();

  /** Creates a writer. */
  public ReportFiles() {}

  /**
   * Returns the path of report {@code i} under a root folder.
   *
   * @param root the root folder
   * @param i the report's number, from 0
   * @return {@code root/NNN/report-NNNNNNN.json}
   */
  public static Path path(Path root, int i) {
    return root.resolve(String.format(Locale.ROOT, "%03d", i / PER_FOLDER))
        .resolve(String.format(Locale.ROOT, "report-%07d.json", i));
  }

  /**
   * Writes reports {@code 0} to {@code count - 1}; odd numbers are of the 2021 edition.
   *
   * @param root the root folder, created if missing
   * @param count how many reports
   * @param seed the seed of report 0
   * @return the bytes written
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the count is negative
   */
  public long write(Path root, int count, long seed) throws IOException {
    Objects.requireNonNull(root, "root");
    if (count < 0) {
      throw new IllegalArgumentException(
          "Invalid value for count (valid values 0 or more): " + count);
    }
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      Path file = path(root, i);
      if (i % PER_FOLDER == 0) {
        Files.createDirectories(file.getParent());
      }
      ReportGenerator generator = i % 2 == 0 ? v2019 : v2021;
      byte[] document =
          json.writeBytes(generator.generate(RandomEntropy.seeded(seed + i)), Formatting.PRETTY);
      Files.write(file, document);
      bytes += document.length;
    }
    return bytes;
  }

  /**
   * Writes the files.
   *
   * @param args the root folder, the count, and optionally the seed
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ReportFiles DIR COUNT [SEED]");
      System.exit(2);
      return;
    }
    Path root = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    long start = System.nanoTime();
    long bytes = new ReportFiles().write(root, count, seed);
    System.out.printf(
        Locale.ROOT,
        "%d reports, %.1f MiB, written to %s in %.1f s%n",
        count,
        bytes / 1048576.0,
        root,
        (System.nanoTime() - start) / 1e9);
  }
}
