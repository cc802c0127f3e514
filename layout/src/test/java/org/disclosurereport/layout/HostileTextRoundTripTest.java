package org.disclosurereport.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.disclosurereport.document.ReadResult;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.Entropy;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.quicktheories.ReportGens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * Rendering then reading is the identity even when the narrative is hostile: paragraphs that are
 * exactly a section heading, a sub-heading or a table label, figures and the marks for nothing,
 * markup and scripts, control characters, characters outside the Basic Multilingual Plane
 * (Extension B, emoji with joiners and flags), separators of the text format and very long lines.
 *
 * <p>Each format is held to what it carries: text keeps every character of a paragraph but its line
 * breaks (which separate paragraphs), white space and blank paragraphs included; HTML shows white
 * space collapsed, as a browser does, so its paragraphs are compared with their white space
 * collapsed and blank ones dropped. In both, only the first block of a section goes without a
 * sub-heading, and sub-headings read like sub-headings, as the renderers document.
 */
class HostileTextRoundTripTest {
  private static final int EXAMPLES = 120;
  private static final PublishedReportReader READER = PublishedReportReader.create();

  /** Text that looks like markup, or that a reader of markup or of the text format may split at. */
  private static final List<String> MARKUP =
      List.of(
          "<script>alert(1)</script>",
          "<b>加粗</b>",
          "<br />",
          "<p>",
          "</p>",
          "&amp;",
          "&lt;",
          "&#x4e00;",
          "<!--",
          "-->",
          "]]>",
          "\"",
          "'",
          "\\",
          "|",
          "｜",
          "：",
          "{{x}}",
          "${x}");

  /** Control characters neither format turns into white space or a line break. */
  private static final List<String> CONTROLS =
      List.of(
          "\u0001", "\u0007", "\u0008", "\u000E", "\u001B", "\u001C", "\u001F", "\u007F", "\u0085",
          "\u009F");

  /** Characters a UTF-16 string holds as two units, and sequences of several code points. */
  private static final List<String> ASTRAL =
      List.of("𠀀", "𪚥", "𠮷", "😀", "👨\u200D👩\u200D👧", "🇨🇳", "1\uFE0F\u20E3", "\u200B");

  /** Figures and the marks for nothing, which a reader of tables reads as cells. */
  private static final List<String> FIGURES = List.of("0", "12", "1,234", "-5", "/", "—", "12.5万元");

  /** White space that HTML collapses and text keeps. */
  private static final List<String> SPACES = List.of(" ", "  ", "\t", "\u3000", "\u00A0", " \t ");

  private static final List<String> WORDS = List.of("本机关", "进一步规范依申请公开办理流程。", "无", "主动公开", "其他");

  private static final List<String> SUB_HEADINGS =
      List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "(四)平台建设", "（五）监督保障。", "（六）存在的主要问题及改进情况");

  /** Official text of the edition a paragraph may be equal to. */
  private static List<String> officialText(EditionSpec spec) {
    List<String> texts = new ArrayList<>();
    for (SectionSpec s : spec.sections()) {
      texts.add(s.numberedHeading());
    }
    for (TableSpec t : spec.tables()) {
      t.rowLeaves().stream().map(AxisNode::label).filter(l -> !l.isEmpty()).forEach(texts::add);
      t.columnLeaves().stream().map(AxisNode::label).filter(l -> !l.isEmpty()).forEach(texts::add);
    }
    texts.addAll(SUB_HEADINGS);
    return texts;
  }

  private static String piece(Entropy e, List<String> official) {
    return switch (e.intBetween(0, 7)) {
      case 0, 1 -> e.pick(official);
      case 2 -> e.pick(MARKUP);
      case 3 -> e.pick(CONTROLS);
      case 4 -> e.pick(ASTRAL);
      case 5 -> e.pick(FIGURES);
      case 6 -> e.pick(SPACES);
      default -> e.pick(WORDS);
    };
  }

  private static String paragraph(Entropy e, List<String> official) {
    if (e.chance(30)) {
      return e.pick(official); // exactly a heading or a label, alone on its line
    }
    if (e.chance(3)) {
      return e.pick(WORDS).repeat(e.intBetween(300, 2_000)); // a very long line
    }
    StringBuilder b = new StringBuilder();
    int pieces = e.intBetween(1, 5);
    for (int i = 0; i < pieces; i++) {
      b.append(piece(e, official));
    }
    return b.toString();
  }

  private static String body(Entropy e, List<String> official) {
    List<String> paragraphs = new ArrayList<>();
    int n = e.intBetween(1, 3);
    for (int i = 0; i < n; i++) {
      paragraphs.add(paragraph(e, official));
    }
    return String.join("\n", paragraphs);
  }

  private static Narrative narrative(Entropy e, List<String> official) {
    Narrative.Builder n = Narrative.builder();
    if (e.chance(60)) {
      n.addBlocks(TextBlock.of(null, body(e, official)));
    }
    int headed = e.intBetween(0, 3);
    for (int i = 0; i < headed; i++) {
      n.addBlocks(TextBlock.of(e.pick(SUB_HEADINGS), e.chance(10) ? "" : body(e, official)));
    }
    return n.build();
  }

  /** The testkit's reports with every text section hostile. */
  private static Gen<AnnualReport> reports(Edition edition) {
    ReportGenerator consistent = ReportGenerator.of(LayoutReports.config(edition));
    List<String> official = officialText(edition.spec());
    return ReportGens.of(
        e ->
            consistent
                .generate(e)
                .withGeneral(narrative(e, official))
                .withProblems(narrative(e, official))
                .withOtherMatters(
                    OtherMatters.builder().narrative(narrative(e, official)).build()));
  }

  /**
   * A report's text as HTML carries it: white space collapsed, blank paragraphs and blocks gone.
   */
  private static AnnualReport asHtmlShowsIt(AnnualReport r) {
    UnaryOperator<Narrative> collapse =
        n -> {
          Narrative.Builder b = Narrative.builder();
          for (TextBlock block : n.blocks()) {
            List<String> kept = new ArrayList<>();
            for (String p : block.body().split("\n")) {
              String c = p.replaceAll("[ \\t\\n\\x0B\\f\\r\\u00A0\\u3000]+", " ").strip();
              if (!c.isEmpty()) {
                kept.add(c);
              }
            }
            if (block.heading().isPresent() || !kept.isEmpty()) {
              b.addBlocks(TextBlock.of(block.heading().orElse(null), String.join("\n", kept)));
            }
          }
          return b.build();
        };
    return r.withGeneral(collapse.apply(r.general()))
        .withProblems(collapse.apply(r.problems()))
        .withOtherMatters(
            OtherMatters.copyOf(r.otherMatters())
                .withNarrative(collapse.apply(r.otherMatters().narrative())));
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void hostileTextComesBackFromText(Edition edition) {
    check(edition, r -> READER.readText(TextRenderer.create().render(r)), UnaryOperator.identity());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void hostileTextComesBackFromHtml(Edition edition) {
    check(
        edition,
        r -> READER.readHtml(HtmlRenderer.create().render(r)),
        HostileTextRoundTripTest::asHtmlShowsIt);
  }

  private static void check(
      Edition edition,
      Function<AnnualReport, ReadResult> roundTrip,
      UnaryOperator<AnnualReport> carried) {
    qt().withExamples(EXAMPLES)
        .forAll(reports(edition))
        .checkAssert(
            report -> {
              ReadResult read = roundTrip.apply(report);
              List<Finding> problems =
                  read.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
              assertTrue(problems.isEmpty(), () -> "findings: " + problems);
              assertEquals(carried.apply(report), read.report().orElseThrow());
            });
  }
}
