package org.disclosurereport.layout.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.finding.MessageRenderer;
import org.disclosurereport.layout.ReaderRule;

/**
 * Makes the findings of the readers. A finding keeps its rule and its arguments, named by the
 * rule's {@link ReaderRule#argumentNames()}; its message is rendered from the bundle {@code
 * org.disclosurereport.layout.ReaderMessages} when asked for. The phrases of the bundle are given
 * their arguments by name.
 *
 * <p>A message argument that differs by language (a cell's labels, a source position) is a {@link
 * LocalizedText}; any other argument reads the same in both languages.
 */
public final class Messages {
  private static final int MAX_QUOTED = 10;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Messages() {}

  /**
   * Makes a finding.
   *
   * @param rule the rule
   * @param location where
   * @param arguments the message arguments, {@link LocalizedText} or anything printable
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
   * @param arguments the message arguments, {@link LocalizedText} or anything printable
   * @return the finding
   */
  public static Finding finding(
      ReaderRule rule, FindingLocation location, CellAddress cell, Object... arguments) {
    return builder(rule, location, arguments).addInvolvedCells(cell).build();
  }

  private static Finding.Builder builder(
      ReaderRule rule, FindingLocation location, Object[] arguments) {
    return Finding.builder()
        .code(rule)
        .location(location)
        .messageArguments(MessageRenderer.named(rule.argumentNames(), arguments));
  }

  /**
   * Returns a phrase of the bundle in both languages.
   *
   * @param key the key
   * @param namesAndValues its arguments, as alternating names and values
   * @return the phrase
   * @throws IllegalArgumentException if names and values do not alternate, or (when assertions are
   *     enabled, as in tests) if the names are not the placeholders of the phrase
   */
  public static LocalizedText phrase(String key, Object... namesAndValues) {
    return MessageRenderer.phrase(ReaderRule.BUNDLE, key, namesAndValues);
  }

  /**
   * Describes where a cell was read from.
   *
   * @param source the source
   * @return the description
   */
  public static LocalizedText where(CellSource source) {
    if (source.format() == DocumentFormat.PDF && source.page().isPresent()) {
      return phrase(
          "source.pdf",
          "page",
          source.page().getAsInt(),
          "x",
          Math.round(source.x().orElse(0)),
          "y",
          Math.round(source.y().orElse(0)));
    }
    boolean word = source.format() == DocumentFormat.DOCX || source.format() == DocumentFormat.DOC;
    if (word && source.table().isPresent()) {
      return phrase(
          "source.word",
          "table",
          source.table().getAsInt(),
          "row",
          source.row().orElse(0),
          "cell",
          source.column().orElse(0));
    }
    if (word) {
      return phrase("source.paragraph", "paragraph", source.line().orElse(0));
    }
    if (source.format() == DocumentFormat.HTML && source.table().isPresent()) {
      return phrase(
          "source.html",
          "table",
          source.table().getAsInt(),
          "row",
          source.row().orElse(0),
          "column",
          source.column().orElse(0));
    }
    if (source.column().isPresent()) {
      return phrase(
          "source.text", "line", source.line().orElse(0), "cell", source.column().getAsInt());
    }
    return phrase("source.line", "line", source.line().orElse(0));
  }

  /**
   * Names a cell: its official labels and its English name.
   *
   * @param spec the edition
   * @param address the cell
   * @return the name
   */
  public static LocalizedText cell(EditionSpec spec, CellAddress address) {
    return new LocalizedText(spec.label(address), spec.englishName(address));
  }

  /**
   * Names a row of a table.
   *
   * @param table the table
   * @param row the row heading
   * @return the name
   */
  public static LocalizedText row(TableSpec table, AxisNode row) {
    StringBuilder zh = new StringBuilder();
    table.caption().ifPresent(c -> zh.append(c).append(" / "));
    zh.append(row.qualifiedLabels().isEmpty() ? "—" : String.join(" / ", row.qualifiedLabels()));
    return new LocalizedText(zh.toString(), table.englishName() + ": " + row.englishName());
  }

  /**
   * Names a table.
   *
   * @param spec the edition
   * @param table the table
   * @return the name
   */
  public static LocalizedText table(EditionSpec spec, TableSpec table) {
    return new LocalizedText(
        table.caption().orElse(spec.section(table.section()).numberedHeading()),
        table.englishName());
  }

  /**
   * Names a section.
   *
   * @param section the section
   * @return the name
   */
  public static LocalizedText section(SectionSpec section) {
    return new LocalizedText(
        section.numberedHeading(), section.number() + " (" + section.englishName() + ")");
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
    FindingLocation.Builder b =
        FindingLocation.builder().from(FindingLocation.ofCell(spec, address));
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
    return s.length() <= 40 && start.length() == text.length()
        ? s
        : s.substring(0, Math.min(40, s.length())) + "…";
  }
}
