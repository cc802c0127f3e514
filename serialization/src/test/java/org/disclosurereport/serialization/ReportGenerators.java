package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.Generator;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.quicktheories.core.Gen;

/**
 * The reports of the property tests: the testkit's consistent reports with every kind of variety on
 * ({@link GeneratorConfig#varied(Edition)}), over every report year the model accepts and with
 * counts up to a billion, decorated with what only the canonical forms carry: {@link
 * AnnualReport#extensions() extensions}, members the format does not describe, kept by JSON Pointer
 * with their raw JSON text.
 *
 * <p>A failing example is shrunk by QuickTheories through the testkit's entropy, and a report of
 * {@link #report(Edition, long)} is made again from its seed.
 */
final class ReportGenerators {
  /** Characters of the strings in extensions: some that JSON and XML must escape. */
  private static final String TEXT_CHARS =
      "政府信息公开年度报告主动依申请处理结果（一）、，。“”：；abcXYZ019 <>&\"'/\\\t\n\r-+=*";

  private static final JsonFactory JSON = new JsonFactory();

  private ReportGenerators() {}

  /**
   * Returns the configuration of the testkit's generator for one edition.
   *
   * @param edition the edition
   * @return every variety on, every year, large counts
   */
  static GeneratorConfig config(Edition edition) {
    return GeneratorConfig.varied(edition)
        .withFirstYear(ReportMetadata.FIRST_REPORT_YEAR)
        .withLastYear(ReportMetadata.LAST_REPORT_YEAR)
        .withMaxCount(GeneratorConfig.MAX_COUNT_LIMIT)
        .withBlankPercent(20);
  }

  /**
   * Returns a QuickTheories generator of reports of one edition, with extensions.
   *
   * @param edition the edition
   * @return the generator
   */
  static Gen<AnnualReport> reports(Edition edition) {
    return ReportGens.reports(config(edition))
        .zip(ReportGens.of(extensions(edition.spec())), AnnualReport::withExtensions);
  }

  /**
   * Builds the report of a seed, with extensions.
   *
   * @param edition the edition
   * @param seed the seed
   * @return the report
   */
  static AnnualReport report(Edition edition, long seed) {
    Entropy entropy = RandomEntropy.seeded(seed);
    AnnualReport report = ReportGenerator.of(config(edition)).generate(entropy);
    return report.withExtensions(extensions(edition.spec()).generate(entropy));
  }

  /**
   * Returns a generator of extensions: none two times in three, else one to three members at
   * pointers the format does not use (under the root, the metadata, the tables, a table, a row and
   * section 六), each an arbitrary JSON value.
   */
  static Generator<Map<String, String>> extensions(EditionSpec spec) {
    return entropy -> {
      Map<String, String> out = new LinkedHashMap<>();
      int count = entropy.chance(33) ? entropy.intBetween(1, 3) : 0;
      for (int i = 0; i < count; i++) {
        out.put(pointer(entropy, spec, i), json(entropy));
      }
      return out;
    };
  }

  private static String pointer(Entropy entropy, EditionSpec spec, int i) {
    TableSpec t = entropy.pick(spec.tables());
    return switch (entropy.intBetween(0, 5)) {
      case 0 -> "/x-province" + i;
      case 1 -> "/metadata/x-vendorId" + i;
      case 2 -> "/tables/x-provincialTable" + i;
      case 3 -> "/tables/" + t.key() + "/x-extraRow" + i;
      case 4 -> "/tables/" + t.key() + "/" + entropy.pick(t.rowLeaves()).key() + "/x-note" + i;
      default -> "/otherMatters/x-remark~1slash" + i;
    };
  }

  /**
   * Compact JSON as the readers keep it: numbers with their own digits, strings escaped by Jackson.
   */
  private static String json(Entropy entropy) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(out)) {
      writeJson(entropy, gen, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeJson(Entropy entropy, JsonGenerator gen, int depth) throws IOException {
    switch (depth >= 3 ? entropy.intBetween(2, 6) : entropy.intBetween(0, 6)) {
      case 0 -> {
        gen.writeStartObject();
        int n = entropy.intBetween(0, 3);
        for (int i = 0; i < n; i++) {
          gen.writeFieldName("k" + i + text(entropy, 3));
          writeJson(entropy, gen, depth + 1);
        }
        gen.writeEndObject();
      }
      case 1 -> {
        gen.writeStartArray();
        int n = entropy.intBetween(0, 3);
        for (int i = 0; i < n; i++) {
          writeJson(entropy, gen, depth + 1);
        }
        gen.writeEndArray();
      }
      case 2 -> gen.writeString(text(entropy, 10));
      case 3 -> gen.writeNumber(String.valueOf(entropy.between(Long.MIN_VALUE, Long.MAX_VALUE)));
      case 4 ->
          gen.writeNumber(
              entropy.intBetween(0, 999)
                  + "."
                  + entropy.intBetween(0, 99)
                  + (entropy.chance(50) ? "e" + entropy.intBetween(-10, 9) : ""));
      case 5 -> gen.writeBoolean(entropy.chance(50));
      default -> gen.writeNull();
    }
  }

  private static String text(Entropy entropy, int maxLength) {
    int n = entropy.intBetween(0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(TEXT_CHARS.charAt(entropy.intBetween(0, TEXT_CHARS.length() - 1)));
    }
    return sb.toString();
  }
}
