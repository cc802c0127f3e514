package org.disclosurereport.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.Keys.Applicants;
import org.disclosurereport.edition.Keys.ApplicationRows;
import org.disclosurereport.edition.Keys.Tables;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingCode;
import org.disclosurereport.finding.RuleCode;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.OtherMatters;
import org.disclosurereport.model.ReportMetadata;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.serialization.ReportJson;

/** Reports and terminals for the tool's tests. */
public final class Fixtures {
  private Fixtures() {}

  /** The cell {@link #broken} changes. */
  public static final CellAddress BROKEN_CELL =
      CellAddress.of(Tables.APPLICATIONS, ApplicationRows.GRANTED, Applicants.NATURAL_PERSON);

  /**
   * Returns a complete report that breaks no rule: every cell of its edition filled, all zero.
   *
   * @param organ the organ's name
   * @param edition the edition
   * @param year the report year
   * @return the report
   */
  public static AnnualReport valid(String organ, Edition edition, int year) {
    AnnualReport.Builder b =
        AnnualReport.builder()
            .metadata(
                ReportMetadata.builder().organName(organ).edition(edition).reportYear(year).build())
            .general(Narrative.of("全年依法推进政府信息公开，按时发布各类信息。"))
            .problems(Narrative.of("信息更新还不够及时，明年将加强审核和培训。"))
            .otherMatters(OtherMatters.builder().narrative(Narrative.of("本年度未收取信息处理费。")).build());
    for (CellAddress cell : edition.spec().cells()) {
      b.putCell(
          cell,
          edition.spec().kind(cell) == org.disclosurereport.edition.CellKind.AMOUNT
              ? CellValue.amount(
                  java.math.BigDecimal.ZERO,
                  org.disclosurereport.edition.MoneyUnit.TEN_THOUSAND_YUAN)
              : edition.spec().kind(cell) == org.disclosurereport.edition.CellKind.CHANGE
                  ? CellValue.change(0)
                  : CellValue.count(0));
    }
    return b.build();
  }

  /**
   * Returns the valid report of a test organ for 2022.
   *
   * @return the report
   */
  public static AnnualReport valid() {
    return valid("测试县人民政府", Edition.V2021, 2022);
  }

  /**
   * Returns a report whose sums do not add up: {@link #BROKEN_CELL} holds 3 while its totals hold
   * 0.
   *
   * @return the report
   */
  public static AnnualReport broken() {
    AnnualReport valid = valid();
    Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(valid.cells());
    cells.put(BROKEN_CELL, CellValue.count(3));
    return AnnualReport.copyOf(valid).withCells(cells);
  }

  /**
   * Returns a report as canonical JSON.
   *
   * @param report the report
   * @return UTF-8 bytes
   */
  public static byte[] json(AnnualReport report) {
    return ReportJson.create().writeBytes(report, Formatting.PRETTY);
  }

  /** A terminal whose output is captured. */
  public static final class Captured {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private final Terminal terminal;

    /**
     * Creates a captured terminal.
     *
     * @param locale the system locale
     * @param interactive whether it is a terminal
     * @param environment the environment variables
     */
    public Captured(Locale locale, boolean interactive, Map<String, String> environment) {
      this.terminal =
          new Terminal(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              locale,
              interactive,
              environment,
              raw);
    }

    /** Creates a non-interactive English terminal. */
    public Captured() {
      this(Locale.ENGLISH, false, Map.of());
    }

    /**
     * @return the terminal
     */
    public Terminal terminal() {
      return terminal;
    }

    /**
     * @return what was printed on standard output, text and bytes
     */
    public String out() {
      terminal.out().flush();
      return out + raw.toString(StandardCharsets.UTF_8);
    }

    /**
     * @return what was printed on standard error
     */
    public String err() {
      terminal.err().flush();
      return err.toString();
    }
  }

  /**
   * Returns a finding with a real code of any module's catalogue, by id, at a severity.
   *
   * @param id a rule id, for example {@code DR-V101}, {@code DR-J029} or {@code DR-C001}
   * @param severity the severity
   * @return the finding builder, without location or arguments
   */
  public static Finding.Builder finding(String id, Severity severity) {
    FindingCode code;
    if (id.startsWith("DR-V")) {
      code = RuleCode.ofId(id);
    } else if (id.startsWith("DR-J") || id.startsWith("DR-X")) {
      int number = Integer.parseInt(id.substring(4));
      code =
          java.util.Arrays.stream(ReadCode.values())
              .filter(c -> c.number() == number)
              .findFirst()
              .orElseThrow();
    } else if (id.startsWith("DR-L")) {
      code =
          java.util.Arrays.stream(ReaderRule.values())
              .filter(c -> c.id().equals(id))
              .findFirst()
              .orElseThrow();
    } else {
      code = CliCode.fromId(id).orElseThrow();
    }
    return Finding.builder().code(code).ruleId(id).severity(severity);
  }

  /**
   * A terminal whose standard output fails after a number of bytes, as {@code /dev/full} or a pipe
   * whose reader has gone does; it is wired like {@link Terminal#system()}: a {@link
   * java.io.PrintStream} that swallows the error, under a {@link PrintWriter}.
   */
  public static final class BrokenStdout {
    private final StringWriter err = new StringWriter();
    private final Terminal terminal;
    private final java.util.concurrent.atomic.AtomicLong written =
        new java.util.concurrent.atomic.AtomicLong();

    /**
     * Creates the terminal.
     *
     * @param capacity the bytes standard output takes before every write fails
     */
    public BrokenStdout(long capacity) {
      java.io.OutputStream failing =
          new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
              if (written.incrementAndGet() > capacity) {
                throw new java.io.IOException("No space left on device");
              }
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
              for (int i = 0; i < len; i++) {
                write(b[off + i]);
              }
            }
          };
      java.io.PrintStream stdout = new java.io.PrintStream(failing, true, StandardCharsets.UTF_8);
      this.terminal =
          new Terminal(
              new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
              new PrintWriter(err, true),
              Locale.ENGLISH,
              false,
              Map.of(),
              stdout);
    }

    /**
     * @return the terminal
     */
    public Terminal terminal() {
      return terminal;
    }

    /**
     * @return the bytes written to standard output, the failed ones included
     */
    public long attempted() {
      return written.get();
    }

    /**
     * @return what was printed on standard error
     */
    public String err() {
      terminal.err().flush();
      return err.toString();
    }
  }
}
