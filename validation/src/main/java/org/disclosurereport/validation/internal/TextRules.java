package org.disclosurereport.validation.internal;

import java.util.Set;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;

/**
 * DR-V201: the text sections 一 and 五 must say something of substance; section 六 must say something,
 * and {@code 无} (nothing to report) is enough there.
 */
final class TextRules {
  /**
   * Texts that only say there is nothing, the bare word and the stock phrases published in its
   * place: fine for section 六, a missing section for 一 and 五. Compared after removing white space,
   * punctuation and a year said first.
   */
  private static final Set<String> PLACEHOLDERS =
      Set.of("无", "暂无", "没有", "无相关情况", "暂无相关情况", "无此情况", "无相关问题", "暂无问题", "无问题", "不存在");

  /**
   * A year said before a stock phrase ({@code 本年度无}, {@code 2021年暂无}): it adds nothing, so it is
   * left out before comparing.
   */
  private static final java.util.regex.Pattern YEAR_PREFIX =
      java.util.regex.Pattern.compile("^(?:本年度|本年|今年|[0-9０-９]{4}年度?)");

  /** How long a year prefix can be, in UTF-16 characters. */
  private static final int LONGEST_PREFIX = 6;

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
    } else if (isPlaceholder(text.text())) {
      emit(spec, section, "DR-V201.placeholder", text.text().strip(), sink);
    }
  }

  /** The length of the longest placeholder, in UTF-16 characters. */
  private static final int LONGEST = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Whether a text is a placeholder once a year said first ({@code 本年度}, {@code 2021年}), its white
   * space ({@code [ \t\n\x0B\f\r]}, as the regular expression {@code \s}) and punctuation (Unicode
   * category P, as {@code \p{P}}) are removed. A report's narrative runs to thousands of
   * characters, so the text is walked once and left as soon as what is kept is longer than any
   * placeholder.
   *
   * @param text the text
   * @return whether it says only that there is nothing
   */
  static boolean isPlaceholder(String text) {
    StringBuilder kept = new StringBuilder(LONGEST + 2);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isRegexSpace(c) || isPunctuation(c)) {
        continue;
      }
      kept.appendCodePoint(c);
      if (kept.length() > LONGEST + LONGEST_PREFIX) {
        return false;
      }
    }
    return PLACEHOLDERS.contains(YEAR_PREFIX.matcher(kept).replaceFirst(""));
  }

  private static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isPunctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
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
