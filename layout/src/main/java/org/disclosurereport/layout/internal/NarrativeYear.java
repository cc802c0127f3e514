package org.disclosurereport.layout.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report year as the text states it when the title does not: the period of the statistics
 * ({@code 统计期限为2024年1月1日至12月31日}), or a paragraph that opens with the year ({@code 2024年，…}). Only
 * a year the text states without contradiction is taken: two different years give none.
 */
public final class NarrativeYear {
  private static final Pattern PERIOD =
      Pattern.compile("((?:19|20)\\d{2})年0?1月0?1日(?:起)?[至到—\\-－~～](?:\\1年)?12月31日");
  private static final Pattern OPENING = Pattern.compile("^[\\s　]*((?:19|20)\\d{2})年[，,]");

  /**
   * A year stated in the text.
   *
   * @param year the year
   * @param quote the words that state it, as printed
   */
  public record Stated(int year, String quote) {}

  private NarrativeYear() {}

  /**
   * Finds the year the lines state: the period of the statistics first, else the year the
   * paragraphs open with.
   *
   * @param lines the lines or paragraphs, in reading order
   * @return the year, empty when none is stated or the lines state different years
   */
  public static Optional<Stated> find(List<String> lines) {
    Optional<Stated> period = unique(lines, PERIOD);
    return period.isPresent() ? period : unique(lines, OPENING);
  }

  private static Optional<Stated> unique(List<String> lines, Pattern pattern) {
    Set<Integer> years = new LinkedHashSet<>();
    String quote = null;
    for (String line : lines) {
      for (String paragraph : line.split("\n")) {
        Matcher m = pattern.matcher(paragraph);
        while (m.find()) {
          if (years.add(Integer.parseInt(m.group(1))) && quote == null) {
            quote = m.group().strip();
          }
        }
      }
    }
    return years.size() == 1
        ? Optional.of(new Stated(years.iterator().next(), quote))
        : Optional.empty();
  }
}
