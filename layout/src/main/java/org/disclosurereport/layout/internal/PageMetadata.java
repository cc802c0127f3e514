package org.disclosurereport.layout.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata a published page prints around a report: the title, 索引号, the publication date, and
 * the organ's codes. The renderers print the fields with the names below; the readers find them
 * under these names and the variants pages use ({@code 索 引 号}, {@code 发布时间}, traditional
 * characters).
 *
 * @param title the report title as printed
 * @param organ the organ's name from the title
 * @param year the report year from the title
 * @param indexNumber the 索引号
 * @param publicationDate the publication date
 * @param unreadableDate a publication date printed that is not a date
 * @param creditCode the 统一社会信用代码
 * @param divisionCode the 行政区划代码
 * @param used the lines that gave any of these, so they are not reported as text not kept
 */
public record PageMetadata(
    Optional<String> title,
    Optional<String> organ,
    Optional<Integer> year,
    Optional<String> indexNumber,
    Optional<LocalDate> publicationDate,
    Optional<String> unreadableDate,
    Optional<String> creditCode,
    Optional<String> divisionCode,
    Set<String> used) {

  /** The field name of the index number, as the renderers print it. */
  public static final String INDEX_NUMBER = DeclaredMetadata.label(DeclaredMetadata.INDEX_NUMBER);

  /** The field name of the publication date, as the renderers print it. */
  public static final String PUBLICATION_DATE =
      DeclaredMetadata.label(DeclaredMetadata.PUBLICATION_DATE);

  /** The field name of the unified social credit code. */
  public static final String CREDIT_CODE = DeclaredMetadata.label(DeclaredMetadata.CREDIT_CODE);

  /** The field name of the administrative division code. */
  public static final String DIVISION_CODE = DeclaredMetadata.label(DeclaredMetadata.DIVISION_CODE);

  /** Lines longer than this are neither a title nor a metadata field. */
  private static final int MAX_LINE = 2000;

  private static final Pattern INDEX =
      Pattern.compile("索\\s*引\\s*号\\s*[:：]?\\s*([A-Za-z0-9][A-Za-z0-9\\-/_.]*)");
  private static final Pattern DATE_FIELD =
      Pattern.compile("发\\s*布\\s*(?:日\\s*期|时\\s*间)\\s*[:：]?\\s*([^\\s　]*)");
  private static final Pattern DATE =
      Pattern.compile("^(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})");
  private static final Pattern CREDIT =
      Pattern.compile("统\\s*一\\s*社\\s*会\\s*信\\s*用\\s*代\\s*码\\s*[:：]?\\s*([0-9A-Z]{18})");
  private static final Pattern DIVISION =
      Pattern.compile("行\\s*政\\s*区\\s*划\\s*代\\s*码\\s*[:：]?\\s*(\\d{6,12})");

  /**
   * Finds the metadata.
   *
   * @param titleCandidates lines that may be the title, best first
   * @param lines the lines of the page (or the text before section 一) where fields are printed
   * @return what was found
   */
  public static PageMetadata extract(List<String> titleCandidates, List<String> lines) {
    Set<String> used = new HashSet<>();
    Optional<ReportTitle.Parsed> title = Optional.empty();
    for (String candidate : titleCandidates) {
      if (candidate.length() > MAX_LINE) {
        continue;
      }
      Optional<ReportTitle.Parsed> parsed = ReportTitle.parse(candidate);
      if (parsed.isPresent() && (title.isEmpty() || title.get().organ().isEmpty())) {
        if (title.isEmpty() || parsed.get().organ().isPresent()) {
          title = parsed;
          used.add(candidate);
        }
      }
      if (title.isPresent() && title.get().organ().isPresent()) {
        break;
      }
    }
    String index = null;
    LocalDate date = null;
    String unreadable = null;
    String credit = null;
    String division = null;
    for (String line : lines) {
      if (line.length() > MAX_LINE) {
        continue; // a title or a field line is short; a huge line would cost a regex pass each
      }
      String s = LabelNormalizer.simplify(line);
      // Each field's pattern starts with the first character of its name: a line without any
      // of them (most lines of a page) is passed over without a matcher.
      if (s.indexOf('索') < 0 && s.indexOf('发') < 0 && s.indexOf('统') < 0 && s.indexOf('行') < 0) {
        continue;
      }
      boolean any = false;
      // Each pattern starts with its field's first character: a line without it is not matched.
      Matcher m;
      if (index == null
          && s.indexOf('索') >= 0
          && (m = INDEX.matcher(s)).find()
          && m.group(1).chars().anyMatch(Character::isDigit)) {
        index = line.substring(m.start(1), m.end(1));
        any = true;
      }
      if (date == null && s.indexOf('发') >= 0 && (m = DATE_FIELD.matcher(s)).find()) {
        String value = m.group(1);
        Matcher d = DATE.matcher(value);
        if (d.find()) {
          try {
            date =
                LocalDate.of(
                    Integer.parseInt(d.group(1)),
                    Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)));
            unreadable = null;
          } catch (DateTimeException e) {
            unreadable = value;
          }
          any = true;
        } else if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && unreadable == null) {
          unreadable = value;
          any = true;
        }
      }
      if (credit == null && s.indexOf('统') >= 0 && (m = CREDIT.matcher(s)).find()) {
        credit = m.group(1);
        any = true;
      }
      if (division == null && s.indexOf('行') >= 0 && (m = DIVISION.matcher(s)).find()) {
        division = m.group(1);
        any = true;
      }
      if (any) {
        used.add(line);
      }
    }
    return new PageMetadata(
        title.map(ReportTitle.Parsed::title),
        title.flatMap(ReportTitle.Parsed::organ),
        title.map(ReportTitle.Parsed::year),
        Optional.ofNullable(index),
        Optional.ofNullable(date),
        Optional.ofNullable(unreadable),
        Optional.ofNullable(credit),
        Optional.ofNullable(division),
        Set.copyOf(used));
  }
}
