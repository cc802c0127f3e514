package org.disclosurereport.layout.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an annual report: {@code <机关名称><年份>年（度）政府信息公开工作年度报告} as most organs print it, or
 * {@code <年份>年度<机关名称>政府信息公开工作年度报告} as some do. The renderers compose it when a report has no title
 * of its own, and the readers take the organ's name and the report year from it.
 */
public final class ReportTitle {
  /** What follows the year in a composed title. */
  private static final String COMPOSED_SUFFIX = "年政府信息公开工作年度报告";

  private static final String TAIL = "年度?(?:的)?(?:政府)?信息公开(?:工作)?(?:年度报告|年度工作报告|工作报告|年报|报告)";
  private static final Pattern ORGAN_FIRST =
      Pattern.compile("^(?:关于)?(?<organ>.{2,60}?)(?<year>\\d{4})" + TAIL);
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "^(?<year>\\d{4})年度?(?<organ>.{2,60}?)(?:政府)?信息公开(?:工作)?" + "(?:年度报告|年度工作报告|工作报告|年报|报告)");
  private static final Pattern YEAR_ONLY = Pattern.compile("^.{0,60}?(?<year>\\d{4})" + TAIL);
  private static final Pattern NOT_IN_NAMES = Pattern.compile("[，,。；;：:！!？?《》“”\"、]");

  private ReportTitle() {}

  /**
   * What a title says.
   *
   * @param title the title as printed
   * @param organ the organ's name as printed, if the title names it
   * @param year the report year
   */
  public record Parsed(String title, Optional<String> organ, int year) {}

  /**
   * Composes the usual title.
   *
   * @param organ the organ's name
   * @param year the report year
   * @return the title
   */
  public static String compose(String organ, int year) {
    return compose(Optional.of(organ), OptionalInt.of(year));
  }

  /**
   * Composes the usual title of what a report says of itself.
   *
   * @param organ the organ's name, empty when the report does not name it
   * @param year the report year, empty when the report does not state it
   * @return the title, without what the report does not say (which a reader then reports missing
   *     again)
   */
  public static String compose(Optional<String> organ, OptionalInt year) {
    return organ.orElse("")
        + (year.isPresent() ? year.getAsInt() + COMPOSED_SUFFIX : COMPOSED_SUFFIX.substring(1));
  }

  /**
   * Reads a line as a title.
   *
   * @param line a line of the page or text
   * @return what it says, empty when it is not a report title
   */
  public static Optional<Parsed> parse(String line) {
    StringBuilder compact = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      compact.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    String raw = compact.toString();
    String s = LabelNormalizer.simplify(raw);
    for (Pattern p : new Pattern[] {ORGAN_FIRST, YEAR_FIRST}) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        String organ = raw.substring(m.start("organ"), m.end("organ"));
        OptionalInt year = year(m.group("year"));
        if (year.isPresent() && isName(organ)) {
          return Optional.of(new Parsed(title(line, raw, m), Optional.of(organ), year.getAsInt()));
        }
      }
    }
    Matcher m = YEAR_ONLY.matcher(s);
    if (m.find()) {
      OptionalInt year = year(m.group("year"));
      if (year.isPresent() && !NOT_IN_NAMES.matcher(s.substring(0, m.start("year"))).find()) {
        return Optional.of(new Parsed(title(line, raw, m), Optional.empty(), year.getAsInt()));
      }
    }
    return Optional.empty();
  }

  private static String title(String line, String raw, Matcher m) {
    return m.end() == raw.length() ? line.strip() : raw.substring(0, m.end());
  }

  private static OptionalInt year(String digits) {
    int y = Integer.parseInt(digits);
    return y >= 1990 && y <= 2999 ? OptionalInt.of(y) : OptionalInt.empty();
  }

  private static boolean isName(String organ) {
    return !NOT_IN_NAMES.matcher(organ).find() && !organ.equals("政府") && !organ.startsWith("关于");
  }
}
