package org.disclosurereport.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.ReviewAndLitigation;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.model.AnnualReport;

/**
 * The figures a report's narrative states about itself, and the table cells each should match.
 *
 * <p>The 总体情况 section usually restates the tables: "主动公开政府信息3208条", "收到政府信息公开申请 120件", "办结117件",
 * "结转下年度3件", "行政复议2件", "行政诉讼1件". {@link #extract} finds such statements clause by clause (a clause
 * ends at {@code ，、；。} and the like): a clause states a figure when it names what is counted and
 * then a number, in Arabic digits or Chinese numerals (二十三, 两千零八), followed by a counting unit (件,
 * 条, 个, 宗, 起, 次, 份). Rates ("办结率100%"), approximations ("120余件"), clauses about letters, proposals
 * or complaints rather than disclosure applications, and years are not figures.
 *
 * <p>What the cells are ({@link #cells}) follows the format: applications received are the 本年新收
 * total, though many organs count last year's carry-over in as well, so either agrees (120 = 117
 * new + 3 carried over); 办结 is the results total （七）总计; 结转下年度 is row 四's total; reviews and suits
 * are the totals of section 四. A figure about a part of the organ ("其中县政府 本级…") is marked {@link
 * NarrativeFigure#subUnit()} and never compared.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NarrativeFigures {
  private static final String NUMBER =
      "([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+|[零〇一二两三四五六七八九十百千万]+)";
  private static final Pattern FIGURE =
      Pattern.compile(NUMBER + "\\s*(余|多)?\\s*(件|条|个|宗|起|次|份)(?![%％])");
  // Sentences and clauses are cut, and the words below looked for, by plain character scans: this
  // runs over every narrative a validation sees, and regular expressions made it cost more than
  // the rest of the rules together.
  private static final String SENTENCE_ENDS = "。！!？?\n";
  private static final String CLAUSE_ENDS = "，、；;。！!？?\n（）()";
  private static final String[] NOT_APPLICATIONS = {
    "来信", "留言", "提案", "建议", "信访", "投诉", "咨询", "热线", "信箱"
  };
  private static final String[] SUB_UNIT = {"本级", "本部", "机关本身", "所属", "下属", "乡镇", "街道", "部门", "单位"};

  private NarrativeFigures() {}

  /** The end of the sentence from {@code from}: just after its closing mark, or the text's end. */
  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * The end of the clause from {@code from} within a sentence ending at {@code end}: just after a
   * clause mark, or a comma that does not group a number's thousands (",000" followed by no further
   * digit).
   */
  private static int clauseEnd(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (CLAUSE_ENDS.indexOf(c) >= 0 || (c == ',' && !groupsThousands(text, i, end))) {
        return i + 1;
      }
    }
    return end;
  }

  private static boolean groupsThousands(String text, int comma, int end) {
    if (comma + 3 >= end) {
      return false;
    }
    for (int i = comma + 1; i <= comma + 3; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return comma + 4 >= end || !isDigit(text.charAt(comma + 4));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean containsAny(String text, String[] words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Extracts the figures of a report's 总体情况 section.
   *
   * @param report the report
   * @return the figures in the order written, possibly empty
   */
  public static List<NarrativeFigure> extract(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    return extract(SectionId.GENERAL, report.general().text());
  }

  /**
   * Extracts the figures of a text.
   *
   * @param section the section the text is of
   * @param text the text
   * @return the figures in the order written, possibly empty
   */
  public static List<NarrativeFigure> extract(SectionId section, String text) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    List<NarrativeFigure> figures = new ArrayList<>();
    int sentenceStart = 0;
    while (sentenceStart < text.length()) {
      int sentenceEnd = sentenceEnd(text, sentenceStart);
      sentence(section, text, sentenceStart, sentenceEnd, figures);
      sentenceStart = sentenceEnd;
    }
    return List.copyOf(figures);
  }

  private static void sentence(
      SectionId section, String text, int start, int end, List<NarrativeFigure> figures) {
    String sentence = text.substring(start, end).strip();
    boolean applicationsSentence = sentence.contains("申请");
    boolean subUnitAbove = false;
    int clauseStart = start;
    while (clauseStart < end) {
      int clauseEnd = clauseEnd(text, clauseStart, end);
      String clause = text.substring(clauseStart, clauseEnd);
      // "其中" opens a breakdown: what follows in the sentence is about a part.
      int within = clause.indexOf("其中");
      boolean subUnit = subUnitAbove;
      if (within >= 0 && containsAny(clause.substring(within), SUB_UNIT)) {
        subUnit = true;
      }
      if (clause.contains("本级")) {
        subUnit = true;
      }
      clause(section, sentence, clause, clauseStart, applicationsSentence, subUnit, figures);
      subUnitAbove = subUnit;
      clauseStart = clauseEnd;
    }
  }

  private static void clause(
      SectionId section,
      String sentence,
      String clause,
      int offset,
      boolean applicationsSentence,
      boolean subUnit,
      List<NarrativeFigure> figures) {
    FigureKind kind = null;
    int keyword = -1;
    if (!containsAny(clause, NOT_APPLICATIONS)) {
      if ((keyword = indexOf(clause, "结转下一年度", "结转下年度", "结转至下年度", "结转到下年度", "结转下年", "转入下年度"))
          >= 0) {
        kind = FigureKind.CARRIED_FORWARD;
      } else if ((keyword = indexOf(clause, "办结")) >= 0 && applicationsSentence) {
        kind = FigureKind.APPLICATIONS_COMPLETED;
      } else if ((keyword = indexOf(clause, "收到", "受理", "接收", "新收", "共收")) >= 0
          && clause.contains("申请")
          && !clause.contains("复议")
          && !clause.contains("诉讼")
          && !clause.contains("上年结转")) {
        kind = FigureKind.APPLICATIONS_RECEIVED;
      } else if ((keyword = indexOf(clause, "行政复议")) >= 0 && !clause.contains("行政诉讼")) {
        kind = FigureKind.REVIEWS;
      } else if ((keyword = indexOf(clause, "行政诉讼")) >= 0 && !clause.contains("行政复议")) {
        kind = FigureKind.SUITS;
      } else if ((keyword = indexOf(clause, "主动公开")) >= 0
          && clause.contains("信息")
          && !clause.contains("其中")) {
        kind = FigureKind.PROACTIVE_ITEMS;
      }
    }
    if (kind == null) {
      return;
    }
    Matcher m = FIGURE.matcher(clause);
    if (!m.find(keyword) || m.group(2) != null) {
      return;
    }
    String written = m.group(1);
    long value;
    try {
      value = parse(written);
    } catch (NumberFormatException e) {
      return;
    }
    figures.add(
        NarrativeFigure.builder()
            .kind(kind)
            .value(value)
            .unit(m.group(3))
            .section(section)
            .sentence(sentence)
            .position(offset + m.start(1))
            .written(written)
            .subUnit(subUnit)
            .build());
  }

  private static int indexOf(String s, String... words) {
    for (String w : words) {
      int i = s.indexOf(w);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Parses a whole number in Arabic digits (thousands separators allowed) or Chinese numerals (二十三,
   * 一百零五, 两千零八, 三万二千).
   *
   * @param written the number as written
   * @return its value
   * @throws NumberFormatException if it is not a number or too large
   */
  public static long parse(String written) {
    String s = written.replace(",", "");
    if (s.isEmpty()) {
      throw new NumberFormatException(
          "Invalid number (valid values: digits or Chinese numerals): " + written);
    }
    if (Character.isDigit(s.charAt(0))) {
      if (s.length() > 15) {
        throw new NumberFormatException(
            "Invalid number (valid values: at most 15 digits): " + written);
      }
      return Long.parseLong(s);
    }
    if (s.length() > 16) {
      throw new NumberFormatException(
          "Invalid Chinese numeral (valid values: at most 16 characters): " + written);
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d == 0 || c == '〇') {
        digit = -1; // 零 only marks a gap: 一百零五
        continue;
      }
      if (d > 0) {
        if (digit >= 0) {
          throw new NumberFormatException(
              "Invalid Chinese numeral (two digits without a unit): " + written);
        }
        digit = d == 10 ? 2 : d;
        continue;
      }
      long unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10000;
            default -> throw new NumberFormatException("Invalid Chinese numeral: " + written);
          };
      if (unit == 10000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * 10000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return total + section + Math.max(digit, 0);
  }

  private static final String DIGITS = "零一二三四五六七八九两";

  /**
   * Returns the cells a figure of a kind should match in an edition, as alternatives: the figure
   * agrees with the tables when it equals the sum of the cells of any one alternative. Empty for
   * {@link FigureKind#PROACTIVE_ITEMS}, which no table of the format counts.
   *
   * @param spec the edition description
   * @param kind what is counted
   * @return the alternatives, each a list of cells to add up
   */
  public static List<List<CellAddress>> cells(EditionSpec spec, FigureKind kind) {
    Objects.requireNonNull(spec, "spec");
    CellAddress newly = applicationsTotal(ApplicationRows.NEWLY_RECEIVED);
    CellAddress carriedOver = applicationsTotal(ApplicationRows.CARRIED_OVER);
    CellAddress review = reviewTotal(ReviewAndLitigation.REVIEW);
    CellAddress direct = reviewTotal(ReviewAndLitigation.DIRECT_SUIT);
    CellAddress afterReview = reviewTotal(ReviewAndLitigation.SUIT_AFTER_REVIEW);
    List<List<CellAddress>> alternatives =
        switch (kind) {
          case PROACTIVE_ITEMS -> List.of();
          case APPLICATIONS_RECEIVED -> List.of(List.of(newly), List.of(newly, carriedOver));
          case APPLICATIONS_COMPLETED ->
              List.of(List.of(applicationsTotal(ApplicationRows.RESULTS_TOTAL)));
          case CARRIED_FORWARD ->
              List.of(List.of(applicationsTotal(ApplicationRows.CARRIED_FORWARD)));
          case REVIEWS -> List.of(List.of(review));
          case SUITS -> List.of(List.of(direct, afterReview), List.of(direct));
        };
    for (List<CellAddress> alternative : alternatives) {
      for (CellAddress a : alternative) {
        if (!spec.contains(a)) {
          throw new IllegalStateException("the edition " + spec.edition() + " has no cell " + a);
        }
      }
    }
    return alternatives;
  }

  private static CellAddress applicationsTotal(String row) {
    return CellAddress.of(Tables.APPLICATIONS, row, Applicants.TOTAL);
  }

  private static CellAddress reviewTotal(String group) {
    return CellAddress.of(
        Tables.REVIEW_AND_LITIGATION,
        ReviewAndLitigation.CASES,
        ReviewAndLitigation.column(group, ReviewAndLitigation.TOTAL));
  }
}
