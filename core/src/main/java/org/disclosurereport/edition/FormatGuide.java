package org.disclosurereport.edition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The description of both editions of the format as a Markdown page: the repository's {@code
 * docs/format.md}, written from the edition descriptions ({@link Edition#spec()}) and nothing else,
 * so that the page and the code cannot disagree.
 *
 * <p>The page lists, for each edition, its sections, its tables with every row and column (stable
 * key, official Chinese label, English name, kind of cell, unit), the sum relations that must hold
 * within a report and the relations between the reports of two consecutive years. A test keeps the
 * file in step; regenerate it with {@code mvn -B -q -pl core test -Dtest=FormatGuideTest
 * -Ddisclosure.regenerateFormat=true}, or run {@link #main(String[])} with the path of the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormatGuide {
  private FormatGuide() {}

  /**
   * Returns the page.
   *
   * @return the Markdown text, the same for the same descriptions
   */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# The format of the annual report\n\n")
        .append(
            "<!-- Generated from the edition descriptions (core, org.disclosurereport.edition) by")
        .append(" FormatGuide; do not edit by hand. -->\n\n")
        .append("This page describes both editions of the national format of the government ")
        .append("information disclosure annual report (政府信息公开工作年度报告) as the SDK knows them: ")
        .append("every section, table, row and column with its stable key (the member name in the ")
        .append(
            "canonical JSON form, `/tables/<table>/<row>/<column>`), its official Chinese label ")
        .append("and English name, the kind of its cells, and every sum that must hold. The rules ")
        .append("the validator derives from these sums are listed in [rules.md](rules.md).\n\n")
        .append("| Edition | Issued by | Title | Report years | Numeric cells |\n")
        .append("|---|---|---|---|---|\n");
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      md.append("| `")
          .append(e.id())
          .append("` | ")
          .append(cell(spec.noticeNumber()))
          .append(" | ")
          .append(cell(spec.formatTitle()))
          .append(" | ")
          .append(years(e))
          .append(" | ")
          .append(spec.cells().size())
          .append(" |\n");
    }
    for (Edition e : Edition.values()) {
      edition(md, e.spec());
    }
    return md.toString();
  }

  private static void edition(StringBuilder md, EditionSpec spec) {
    Edition e = spec.edition();
    md.append("\n## Edition ").append(e.id()).append("\n\n");
    md.append(spec.formatTitle())
        .append(" (")
        .append(spec.noticeNumber())
        .append("), for report years ")
        .append(years(e))
        .append(
            ".\n\n### Sections\n\n| No. | Heading | Key | English name | Tables |\n|---|---|---|---|---|\n");
    for (SectionSpec s : spec.sections()) {
      md.append("| ")
          .append(s.number())
          .append(" | ")
          .append(cell(s.heading()))
          .append(" | `")
          .append(s.id().key())
          .append("` | ")
          .append(cell(s.englishName()))
          .append(" | ")
          .append(
              s.tableKeys().isEmpty()
                  ? "text"
                  : s.tableKeys().stream()
                      .map(k -> "`" + k + "`")
                      .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    for (TableSpec t : spec.tables()) {
      table(md, spec, t);
    }
    md.append("\n### Relations between two consecutive years\n\n");
    if (spec.crossYearRelations().isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| Id | Tables | Year N-1 editions | Statement | 说明 |\n|---|---|---|---|---|\n");
      for (CrossYearRelation r : spec.crossYearRelations()) {
        md.append("| `")
            .append(r.id())
            .append("` | ")
            .append(r.tables().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
            .append(" | ")
            .append(
                r.previousEditions().stream()
                    .sorted()
                    .map(Edition::id)
                    .collect(Collectors.joining(", ")))
            .append(" | ")
            .append(cell(r.englishStatement()))
            .append(" | ")
            .append(cell(r.chineseStatement()))
            .append(" |\n");
      }
    }
  }

  private static void table(StringBuilder md, EditionSpec spec, TableSpec t) {
    SectionSpec section = spec.section(t.section());
    md.append("\n### Table `")
        .append(t.key())
        .append("`: ")
        .append(t.englishName())
        .append("\n\n")
        .append("Section ")
        .append(section.number())
        .append(" (")
        .append(cell(section.heading()))
        .append(")");
    t.caption().ifPresent(c -> md.append(", caption ").append(cell(c)));
    t.rowHeaderLabel().ifPresent(h -> md.append(", row heading ").append(cell(h)));
    t.cornerNote().ifPresent(n -> md.append(", corner note ").append(cell(n)));
    md.append("; ").append(t.cells().size()).append(" numeric cells.\n\n");
    axis(md, "Rows", t.rows());
    axis(md, "Columns", t.columns());
    List<SumRelation> sums =
        spec.relations().stream().filter(r -> r.table().equals(t.key())).toList();
    if (!sums.isEmpty()) {
      md.append("Sums (in every ")
          .append("row or column they name):\n\n| Id | Over | Left | Right | Statement | 说明 |\n")
          .append("|---|---|---|---|---|---|\n");
      for (SumRelation r : sums) {
        md.append("| `")
            .append(r.id())
            .append("` | ")
            .append(r.axis().name().toLowerCase(java.util.Locale.ROOT))
            .append(" | ")
            .append(keys(r.left()))
            .append(" | ")
            .append(keys(r.right()))
            .append(" | ")
            .append(cell(r.englishStatement()))
            .append(" | ")
            .append(cell(r.chineseStatement()))
            .append(" |\n");
      }
      md.append('\n');
    }
  }

  private static void axis(StringBuilder md, String title, List<AxisNode> roots) {
    md.append(title)
        .append(":\n\n| Key | Label | English name | Kind | Unit |\n|---|---|---|---|---|\n");
    for (AxisNode root : roots) {
      root.flatten()
          .forEach(
              n ->
                  md.append("| ")
                      .append("&nbsp;&nbsp;".repeat(n.depth()))
                      .append('`')
                      .append(n.key())
                      .append("` | ")
                      .append(cell(n.label()))
                      .append(
                          n.aliases().isEmpty()
                              ? ""
                              : " (also " + cell(String.join("; ", n.aliases())) + ")")
                      .append(" | ")
                      .append(cell(n.englishName()))
                      .append(" | ")
                      .append(
                          n.kind()
                              .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                              .orElse(n.isLeaf() ? "" : "heading"))
                      .append(" | ")
                      .append(
                          n.declaredUnit()
                              .map(u -> u.name().toLowerCase(java.util.Locale.ROOT))
                              .orElse(""))
                      .append(" |\n"));
    }
    md.append('\n');
  }

  private static String keys(List<String> keys) {
    return keys.stream().map(k -> "`" + k + "`").collect(Collectors.joining(" + "));
  }

  private static String years(Edition e) {
    return e.firstYear() + (e.lastYear() >= 9999 ? " on" : "–" + e.lastYear());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Writes the page to a file.
   *
   * @param args the path of the file to write, {@code docs/format.md} when none is given
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/format.md");
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, markdown(), StandardCharsets.UTF_8);
  }
}
