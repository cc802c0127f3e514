package org.disclosurereport.layout.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report year as a file's name states it, for a report whose title and text state none: {@code
 * 洛宁县2020年政府信息公开工作年度报告.txt}, {@code 2021年度报告.pdf}, {@code luoning-2020.docx}. Only the last segment
 * of a path is looked at, a folder's name says nothing of the file, and only a year the name states
 * without contradiction is taken: {@code 2020年…（2021年修订）} gives none.
 */
public final class FileNameYear {
  /** A year marked as one ({@code 2020年}, {@code 2020年度}). */
  private static final Pattern MARKED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");

  /**
   * A year standing alone, not part of a longer number, a version ({@code v2.2021}), a date or a
   * range of years ({@code 2020-12-31}, {@code 2020-2021}).
   */
  private static final Pattern BARE =
      Pattern.compile("(?<![\\d.])(?<!\\d[-/])((?:19|20)\\d{2})(?!\\d)(?![.\\-/]\\d)");

  private FileNameYear() {}

  /**
   * Finds the year a file name states: a year marked {@code 年} first, else a year standing alone.
   *
   * @param name a file name or a path; placeholders such as {@code <string>} state none
   * @return the year and the name it was read from, empty when none is stated or two different
   *     years are
   */
  public static Optional<NarrativeYear.Stated> find(String name) {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    Optional<Integer> year = unique(last, MARKED);
    if (year.isEmpty()) {
      year = unique(last, BARE);
    }
    return year.map(y -> new NarrativeYear.Stated(y, last));
  }

  private static Optional<Integer> unique(String name, Pattern pattern) {
    Set<Integer> years = new LinkedHashSet<>();
    Matcher m = pattern.matcher(name);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
  }
}
