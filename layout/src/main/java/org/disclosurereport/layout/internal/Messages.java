package org.disclosurereport.layout.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.layout.CellSource;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.layout.SourceKind;
import org.disclosurereport.validation.Finding;
import org.disclosurereport.validation.FindingLocation;

/**
 * Makes the findings of the readers, with their messages in Chinese and English from the
 * resource bundle {@code org.disclosurereport.layout.ReaderMessages}.
 *
 * <p>A message argument that differs by language (a cell's labels, a source position) is a
 * {@link Text}; any other argument is printed as it is.
 */
public final class Messages {
  private static final int MAX_QUOTED = 10;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String BUNDLE = "org.disclosurereport.layout.ReaderMessages";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Messages() {}

  /**
   * A text in both languages.
   *
   * @param zh the Chinese text
   * @param en the English text
   */
  public record Text(String zh, String en) {
    /**
     * Returns a text that is the same in both languages (a label as printed, a number).
     *
     * @param both the text
     * @return the text
     */
    public static Text of(String both) {
      return new Text(both, both);
    }
  }

  /**
   * Makes a finding.
   *
   * @param rule the rule
   * @param location where
   * @param arguments the message arguments, {@link Text} or anything printable
   * @return the finding
   */
  public static Finding finding(ReaderRule rule, FindingLocation location, Object... arguments) {
    return builder(rule, location, arguments).build();
  }

  /**
   * Makes a finding about one cell.
   *
   * @param rule the rule
   * @param location where
   * @param cell the cell the finding is about
   * @param arguments the message arguments, {@link Text} or anything printable
   * @return the finding
   */
  public static Finding finding(
      ReaderRule rule, FindingLocation location, CellAddress cell, Object... arguments) {
    return builder(rule, location, arguments).addInvolvedCells(cell).build();
  }

  private static Finding.Builder builder(ReaderRule rule, FindingLocation location, Object[] arguments) {
    return Finding.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .location(location)
        .messageZh(format(ZH, rule.id(), true, arguments))
        .messageEn(format(EN, rule.id(), false, arguments));
  }

  /**
   * Returns a phrase of the bundle in both languages.
   *
   * @param key the key
   * @param arguments its arguments
   * @return the phrase
   */
  public static Text phrase(String key, Object... arguments) {
    return new Text(format(ZH, key, true, arguments), format(EN, key, false, arguments));
  }

  private static String format(ResourceBundle bundle, String key, boolean zh, Object[] arguments) {
    Object[] args = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      args[i] = a instanceof Text t ? (zh ? t.zh() : t.en()) : String.valueOf(a);
    }
    return new MessageFormat(bundle.getString(key), zh ? Locale.CHINESE : Locale.ENGLISH)
        .format(args);
  }

  /**
   * Describes where a cell was read from.
   *
   * @param source the source
   * @return the description
   */
  public static Text where(CellSource source) {
    if (source.kind() == SourceKind.HTML && source.table().isPresent()) {
      return phrase(
          "source.html",
          source.table().getAsInt(),
          source.row().orElse(0),
          source.column().orElse(0));
    }
    if (source.column().isPresent()) {
      return phrase("source.text", source.line().orElse(0), source.column().getAsInt());
    }
    return phrase("source.line", source.line().orElse(0));
  }

  /**
   * Names a cell: its official labels and its English name.
   *
   * @param spec the edition
   * @param address the cell
   * @return the name
   */
  public static Text cell(EditionSpec spec, CellAddress address) {
    return new Text(spec.label(address), spec.englishName(address));
  }

  /**
   * Names a row of a table.
   *
   * @param table the table
   * @param row the row heading
   * @return the name
   */
  public static Text row(TableSpec table, AxisNode row) {
    StringBuilder zh = new StringBuilder();
    table.caption().ifPresent(c -> zh.append(c).append(" / "));
    zh.append(row.qualifiedLabels().isEmpty() ? "—" : String.join(" / ", row.qualifiedLabels()));
    return new Text(zh.toString(), table.englishName() + ": " + row.englishName());
  }

  /**
   * Names a table.
   *
   * @param spec the edition
   * @param table the table
   * @return the name
   */
  public static Text table(EditionSpec spec, TableSpec table) {
    return new Text(
        table.caption().orElse(spec.section(table.section()).numberedHeading()),
        table.englishName());
  }

  /**
   * Names a section.
   *
   * @param section the section
   * @return the name
   */
  public static Text section(SectionSpec section) {
    return new Text(section.numberedHeading(), section.number() + " (" + section.englishName() + ")");
  }

  /**
   * Returns the location of a cell, with where it was read.
   *
   * @param spec the edition
   * @param address the cell
   * @param source where it was read, or null
   * @return the location
   */
  public static FindingLocation at(EditionSpec spec, CellAddress address, CellSource source) {
    FindingLocation.Builder b = FindingLocation.builder().from(FindingLocation.ofCell(spec, address));
    return withSource(b, source).build();
  }

  /**
   * Returns a location that is only a place in the source.
   *
   * @param source where, or null
   * @return the location
   */
  public static FindingLocation at(CellSource source) {
    return withSource(FindingLocation.builder(), source).build();
  }

  /**
   * Adds the source position and raw text to a location.
   *
   * @param b the location being built
   * @param source the source, or null
   * @return the builder
   */
  public static FindingLocation.Builder withSource(FindingLocation.Builder b, CellSource source) {
    if (source != null) {
      source.line().ifPresent(b::line);
      source.lineColumn().ifPresent(b::columnNumber);
      b.sourceText(source.rawText());
    }
    return b;
  }

  /**
   * Quotes texts for a message, at most ten of them.
   *
   * @param texts the texts
   * @return the quoted texts, separated by spaces
   */
  public static String quote(List<String> texts) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (String t : texts) {
      if (n == MAX_QUOTED) {
        b.append(" …");
        break;
      }
      b.append(n == 0 ? "" : " ").append('“').append(t).append('”');
      n++;
    }
    return b.toString();
  }

  /**
   * Shortens a text for a message: white space collapsed, at most 40 characters.
   *
   * @param text the text
   * @return the short form
   */
  public static String abbreviate(String text) {
    // Only the start is needed: collapsing the spaces of a 19 MB text would cost its size again.
    String start = text.length() > 400 ? text.substring(0, 400) : text;
    String s = SPACES.matcher(start.strip()).replaceAll(" ");
    return s.length() <= 40 && start.length() == text.length() ? s : s.substring(0, Math.min(40, s.length())) + "…";
  }
}
