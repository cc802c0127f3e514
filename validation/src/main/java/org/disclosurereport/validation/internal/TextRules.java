package org.disclosurereport.validation.internal;

import java.util.Set;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.validation.FindingLocation;

/**
 * DR-V201: the text sections 一 and 五 must say something of substance; section 六 must say
 * something, and {@code 无} (nothing to report) is enough there.
 */
final class TextRules {
  /**
   * Texts that only say there is nothing: fine for section 六, a missing section for 一 and 五.
   * Compared after removing white space and punctuation.
   */
  private static final Set<String> PLACEHOLDERS = Set.of("无", "暂无", "没有", "无相关情况");

  private TextRules() {}

  static void check(AnnualReport report, FindingSink sink) {
    if (!sink.enabled(RuleDefinitions.EMPTY_TEXT_SECTION)) {
      return;
    }
    EditionSpec spec = report.spec();
    substantive(spec, SectionId.GENERAL, report.general(), sink);
    substantive(spec, SectionId.PROBLEMS, report.problems(), sink);
    if (report.otherMatters().narrative().isBlank() && report.otherMatters().fees().isEmpty()) {
      emit(spec, SectionId.OTHER_MATTERS, "DR-V201.otherMatters", "", sink);
    }
  }

  private static void substantive(
      EditionSpec spec, SectionId section, Narrative text, FindingSink sink) {
    if (text.isBlank()) {
      emit(spec, section, "DR-V201.empty", "", sink);
    } else if (PLACEHOLDERS.contains(normalize(text.text()))) {
      emit(spec, section, "DR-V201.placeholder", text.text().strip(), sink);
    }
  }

  private static String normalize(String text) {
    return text.replaceAll("[\\s\\p{P}]", "");
  }

  private static void emit(
      EditionSpec spec, SectionId section, String key, String text, FindingSink sink) {
    sink.of(
            RuleDefinitions.EMPTY_TEXT_SECTION,
            FindingLocation.ofSection(section),
            Message.of(key, "heading", spec.section(section).numberedHeading(), "text", text))
        .add();
  }
}
