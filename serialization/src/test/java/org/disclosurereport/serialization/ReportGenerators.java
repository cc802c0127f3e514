package org.disclosurereport.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of random reports for the property tests, kept in one class so that they can later
 * be replaced by the shared test kit. A report is built from a seed, so a failing example is
 * reproduced from the seed QuickTheories prints.
 *
 * <p>Reports have blanks, amounts of every scale and unit, signed changes, narratives with and
 * without headings (with characters XML must escape), fees, supplementary rows and extensions.
 */
final class ReportGenerators {
  private static final String TEXT_CHARS =
      "政府信息公开年度报告主动依申请处理结果（一）、，。“”：；abcXYZ019 <>&\"'/\\\t\n\r-+=*";
  private static final JsonFactory JSON = new JsonFactory();

  private ReportGenerators() {}

  /**
   * Returns a generator of reports of one edition.
   *
   * @param edition the edition
   * @return the generator
   */
  static Gen<AnnualReport> reports(Edition edition) {
    return SourceDSL.longs().all().map(seed -> report(edition, seed));
  }

  /**
   * Builds the report of a seed.
   *
   * @param edition the edition
   * @param seed the seed
   * @return the report
   */
  static AnnualReport report(Edition edition, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    EditionSpec spec = edition.spec();
    ReportMetadata.Builder m =
        ReportMetadata.builder()
            .organName(nonBlank(r, 1 + r.nextInt(20)))
            .edition(edition)
            .reportYear(
                r.nextInt(4) == 0
                    ? 2019 + r.nextInt(980)
                    : edition.firstYear() + r.nextInt(Math.min(3, edition.lastYear() - edition.firstYear() + 1)));
    if (r.nextBoolean()) {
      m.title(text(r, 30));
    }
    if (r.nextBoolean()) {
      m.organLevel(OrganLevel.values()[r.nextInt(OrganLevel.values().length)]);
    }
    if (r.nextBoolean()) {
      m.organKind(OrganKind.values()[r.nextInt(OrganKind.values().length)]);
    }
    if (r.nextInt(3) == 0) {
      m.creditCode("11" + r.nextInt(1_000_000) + "X");
    }
    if (r.nextInt(3) == 0) {
      m.divisionCode(String.valueOf(100000 + r.nextInt(900000)));
    }
    if (r.nextInt(3) == 0) {
      m.indexNumber(r.nextInt(100000) + "/" + (2019 + r.nextInt(5)) + "-" + r.nextInt(1000));
    }
    if (r.nextBoolean()) {
      m.publicationDate(LocalDate.ofEpochDay(17_900 + r.nextInt(3000)));
    }
    AnnualReport.Builder b =
        AnnualReport.builder()
            .metadata(m.build())
            .general(narrative(r))
            .problems(narrative(r));
    OtherMatters.Builder other = OtherMatters.builder().narrative(narrative(r));
    if (r.nextBoolean()) {
      InformationProcessingFees.Builder fees = InformationProcessingFees.builder();
      if (r.nextBoolean()) {
        fees.noticesIssued(CellValue.count(r.nextInt(50)));
      }
      if (r.nextBoolean()) {
        fees.amountNotified(amount(r));
      }
      if (r.nextBoolean()) {
        fees.amountCollected(amount(r));
      }
      other.fees(fees.build());
    }
    b.otherMatters(other.build());
    double blanks = r.nextDouble();
    for (CellAddress a : spec.cells()) {
      if (r.nextDouble() < blanks) {
        continue;
      }
      b.putCells(a, value(r, spec.kind(a)));
    }
    int rows = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < rows; i++) {
      TableSpec t = spec.tables().get(r.nextInt(spec.tables().size()));
      SupplementaryRow.Builder row = SupplementaryRow.builder().table(t.key()).label(nonBlank(r, 12));
      int n = r.nextInt(3);
      for (int j = 0; j < n; j++) {
        row.putValues(t.columnLeaves().get(r.nextInt(t.columnLeaves().size())).key(), text(r, 6));
      }
      if (r.nextInt(4) == 0) {
        row.putValues("x-" + text(r, 4), text(r, 4));
      }
      b.addSupplementaryRows(row.build());
    }
    int extensions = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < extensions; i++) {
      b.putExtensions(extensionPointer(r, spec, i), json(r, 0));
    }
    return b.build();
  }

  private static String extensionPointer(SplittableRandom r, EditionSpec spec, int i) {
    TableSpec t = spec.tables().get(r.nextInt(spec.tables().size()));
    return switch (r.nextInt(6)) {
      case 0 -> "/x-province" + i;
      case 1 -> "/metadata/x-vendorId" + i;
      case 2 -> "/tables/x-provincialTable" + i;
      case 3 -> "/tables/" + t.key() + "/x-extraRow" + i;
      case 4 ->
          "/tables/" + t.key() + "/" + t.rowLeaves().get(r.nextInt(t.rowLeaves().size())).key()
              + "/x-note" + i;
      default -> "/otherMatters/x-remark~1slash" + i;
    };
  }

  /** Compact JSON as the readers keep it: numbers with their own digits, strings escaped by Jackson. */
  private static String json(SplittableRandom r, int depth) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(out)) {
      writeJson(r, gen, depth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeJson(SplittableRandom r, JsonGenerator gen, int depth)
      throws IOException {
    int kind = depth >= 3 ? 2 + r.nextInt(5) : r.nextInt(7);
    switch (kind) {
      case 0 -> {
        gen.writeStartObject();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          gen.writeFieldName("k" + i + text(r, 3));
          writeJson(r, gen, depth + 1);
        }
        gen.writeEndObject();
      }
      case 1 -> {
        gen.writeStartArray();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          writeJson(r, gen, depth + 1);
        }
        gen.writeEndArray();
      }
      case 2 -> gen.writeString(text(r, 10));
      case 3 -> gen.writeNumber(String.valueOf(r.nextLong()));
      case 4 -> gen.writeNumber(r.nextInt(1000) + "." + r.nextInt(100) + (r.nextBoolean() ? "e" + (r.nextInt(20) - 10) : ""));
      case 5 -> gen.writeBoolean(r.nextBoolean());
      default -> gen.writeNull();
    }
  }

  private static CellValue value(SplittableRandom r, CellKind kind) {
    return switch (kind) {
      case COUNT -> CellValue.count(whole(r));
      case CHANGE -> CellValue.change(r.nextBoolean() ? -whole(r) : whole(r));
      case AMOUNT -> amount(r);
    };
  }

  private static long whole(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> 0;
      case 1 -> r.nextLong(CellValue.MAX_WHOLE + 1);
      default -> r.nextInt(1000);
    };
  }

  private static CellValue amount(SplittableRandom r) {
    int integerDigits = 1 + r.nextInt(CellValue.MAX_AMOUNT_PRECISION - CellValue.MAX_AMOUNT_SCALE);
    int scale = r.nextInt(CellValue.MAX_AMOUNT_SCALE + 1);
    StringBuilder digits = new StringBuilder();
    digits.append(integerDigits == 1 ? r.nextInt(10) : 1 + r.nextInt(9));
    for (int i = 1; i < integerDigits; i++) {
      digits.append(r.nextInt(10));
    }
    if (scale > 0) {
      digits.append('.');
      for (int i = 0; i < scale; i++) {
        digits.append(r.nextInt(10));
      }
    }
    MoneyUnit unit = MoneyUnit.values()[r.nextInt(MoneyUnit.values().length)];
    return CellValue.amount(new BigDecimal(digits.toString()), unit);
  }

  private static Narrative narrative(SplittableRandom r) {
    Narrative.Builder n = Narrative.builder();
    int blocks = r.nextInt(4);
    for (int i = 0; i < blocks; i++) {
      n.addBlocks(
          TextBlock.builder()
              .heading(r.nextBoolean() ? Optional.of(text(r, 12)) : Optional.empty())
              .body(text(r, 80))
              .build());
    }
    return n.build();
  }

  private static String text(SplittableRandom r, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
    }
    return sb.toString();
  }

  private static String nonBlank(SplittableRandom r, int maxLength) {
    return "机关" + text(r, maxLength);
  }
}
