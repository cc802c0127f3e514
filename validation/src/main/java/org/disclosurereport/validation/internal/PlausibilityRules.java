package org.disclosurereport.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.InformationProcessingFees;

/**
 * Content checks auditors ask for beyond the format's sums: DR-V203 (the table of section 三 or 四
 * not filled in at all) and DR-V303 (a fee collected while section 六 says there is nothing to
 * report).
 */
final class PlausibilityRules {
  /** The tables every report must fill in: applications (三) and reviews and suits (四). */
  private static final List<String> REQUIRED_TABLES =
      List.of(Tables.APPLICATIONS, Tables.REVIEW_AND_LITIGATION);

  private PlausibilityRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    EditionSpec spec = report.spec();
    if (sink.enabled(RuleDefinitions.TABLE_MISSING)) {
      Map<CellAddress, CellValue> values = report.cells();
      for (String key : REQUIRED_TABLES) {
        Optional<TableSpec> table = spec.table(key);
        if (table.isPresent()
            && table.get().cells().stream()
                .allMatch(a -> values.getOrDefault(a, CellValue.blank()).isBlank())) {
          SectionId section = table.get().section();
          sink.of(
                  RuleDefinitions.TABLE_MISSING,
                  FindingLocation.builder()
                      .section(section)
                      .table(key)
                      .jsonPointer(org.disclosurereport.finding.JsonPointer.of("tables", key))
                      .build(),
                  Message.of(
                      RuleDefinitions.TABLE_MISSING,
                      "heading",
                      spec.section(section).numberedHeading(),
                      "count",
                      table.get().cells().size()))
              .add();
        }
      }
    }
    if (sink.enabled(RuleDefinitions.FEE_BUT_NOTHING_TO_REPORT)) {
      Optional<InformationProcessingFees> fees = report.otherMatters().fees();
      String text = report.otherMatters().narrative().text();
      if (fees.isPresent()
          && fees.get().amountCollected().decimal().map(d -> d.signum() > 0).orElse(false)
          && (text.isBlank() || TextRules.isPlaceholder(text))) {
        sink.of(
                RuleDefinitions.FEE_BUT_NOTHING_TO_REPORT,
                FindingLocation.ofSection(SectionId.OTHER_MATTERS),
                Message.of(
                    RuleDefinitions.FEE_BUT_NOTHING_TO_REPORT,
                    "heading",
                    spec.section(SectionId.OTHER_MATTERS).numberedHeading(),
                    "text",
                    text.strip(),
                    "collected",
                    fees.get().amountCollected().toString()))
            .add();
      }
    }
  }
}
