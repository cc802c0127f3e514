package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.MoneyUnit;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.Findings;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.LocalizedText;
import org.disclosurereport.layout.ReaderRule;
import org.disclosurereport.layout.internal.LabelIndex.Hit;
import org.disclosurereport.layout.internal.LabelIndex.Kind;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.ReportCells;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.model.TextBlock;

/**
 * Reads the report out of a grid of cell texts, whether it came from an HTML page or from text: the
 * one table-recognition engine both readers share.
 *
 * <p>Tables are found by their labels, never by position. A section heading or a caption says where
 * the reader is; a row label starts a row, and the figures after it, up to the next label or text,
 * are its cells, matched to the table's leaf columns in order. Cells that only stand in for a
 * merged label (an empty cell before the first figure, empty cells after the last) are dropped when
 * a row has more cells than columns. Section 四's single data row has no label: in that table a line
 * that starts with figures is the row. Text in sections 一, 五 and 六 becomes their narrative, split
 * into blocks at sub-headings such as {@code （一）主动公开}.
 *
 * <p>What is not in the format is kept and reported: a row with an unknown label followed by
 * figures becomes a supplementary row, figures outside any row and text between the tables are
 * reported; rows, tables and sections not found are reported at the end.
 */
public final class TableRecognizer {
  /** A sub-heading of a narrative section: （一）… or (一)…, short, with no closing punctuation. */
  private static final Pattern SUB_HEADING =
      Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)][^。；;!！?？]{1,48}[^。；;，,!！?？:：]$");

  /** One piece of the source, classified. */
  sealed interface Item permits LabelItem, ValueItem, TextItem {
    SourceCell cell();

    String text();
  }

  record LabelItem(SourceCell cell, String text, LabelIndex.Match match) implements Item {}

  record ValueItem(SourceCell cell, String text) implements Item {
    boolean blank() {
      return NumberParser.isBlank(text);
    }
  }

  record TextItem(SourceCell cell, String text) implements Item {}

  /**
   * The edition the labels point to.
   *
   * @param edition the edition with more markers, empty when none or a tie
   * @param scores the number of distinct markers found per edition
   */
  public record Detection(Optional<Edition> edition, Map<Edition, Integer> scores) {
    /**
     * Whether markers of both editions were found.
     *
     * @return true when both scores are positive
     */
    public boolean mixed() {
      return scores.values().stream().filter(n -> n > 0).count() > 1;
    }
  }

  /**
   * What was read.
   *
   * @param edition the edition read as
   * @param cells the non-blank cells
   * @param provenance where each cell read came from, blank ones included
   * @param supplementaryRows rows not in the format
   * @param general section 一
   * @param problems section 五
   * @param otherMatters the text of section 六
   * @param findings the findings about the tables and sections
   * @param anyContent whether any section or table of the format was found
   * @param cutOff whether the source ends inside a table section, before tables or rows of the
   *     format (the reader says it seems to be cut off)
   */
  public record Recognition(
      Edition edition,
      Map<CellAddress, CellValue> cells,
      Map<CellAddress, CellSource> provenance,
      List<SupplementaryRow> supplementaryRows,
      Narrative general,
      Narrative problems,
      Narrative otherMatters,
      List<Finding> findings,
      boolean anyContent,
      boolean cutOff) {}

  private final List<Item> items;
  private final int preambleEnd;

  /** The {@link #preambleLines()}, found when first asked for: readers ask more than once. */
  private List<String> preamble;

  private TableRecognizer(List<Item> items) {
    this.items = items;
    int end = items.size();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof LabelItem l && l.match().found()) {
        end = i;
        break;
      }
    }
    this.preambleEnd = end;
  }

  /**
   * Classifies the cells: joins labels printed across several cells, then tells labels, figures and
   * text apart.
   *
   * @param cells the grid of cell texts, in reading order
   * @return the recognizer
   */
  public static TableRecognizer of(List<SourceCell> cells) {
    LabelIndex index = LabelIndex.get();
    List<SourceCell> pieces = new ArrayList<>(cells.size());
    for (SourceCell c : cells) {
      if (!c.lines().isEmpty() && !index.match(c.text()).found()) {
        pieces.addAll(c.lines());
      } else {
        pieces.add(c);
      }
    }
    String[] texts = new String[pieces.size()];
    for (int k = 0; k < texts.length; k++) {
      texts[k] = pieces.get(k).text();
    }
    List<Item> items = new ArrayList<>(texts.length);
    for (LabelJoiner.Run run :
        LabelJoiner.join(
            Arrays.asList(texts),
            k ->
                pieces.get(k).joinable()
                    && pieces.get(k - 1).joinable()
                    && !pieces.get(k).hardBreak())) {
      SourceCell first = pieces.get(run.start());
      if (first.literal()) {
        items.add(new TextItem(first, first.text())); // narrative, whatever it says
        continue;
      }
      String text = Whitespace.strip(run.text());
      if (run.match().found()) {
        items.add(new LabelItem(first, text, run.match()));
      } else if (NumberParser.looksLikeValue(text) || inFigureCell(first, text)) {
        items.add(new ValueItem(first, text));
      } else {
        items.add(new TextItem(first, text));
      }
    }
    return new TableRecognizer(items);
  }

  /**
   * Whether a text that does not look like a figure still stands where figures stand: a cell of an
   * HTML table after the first of its row, short and without a Chinese character, so not a label
   * ({@code abc}, {@code 1e3}, {@code NaN}, {@code (5)}). It is read as a figure, which fails with
   * a located finding and leaves the cell blank, instead of starting a row of its own that would
   * shift the figures after it by one column.
   */
  private static boolean inFigureCell(SourceCell cell, String text) {
    if (cell.rowStart()
        || cell.origin().format() != org.disclosurereport.document.DocumentFormat.HTML
        || cell.origin().table().isEmpty()
        || text.isEmpty()
        || text.length() > 32) {
      return false;
    }
    return text.codePoints()
        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Returns the lines before the first label of the format: title, page metadata, a lead paragraph.
   * Each line or paragraph once, as printed.
   *
   * @return the lines
   */
  public List<String> preambleLines() {
    List<String> lines = preamble;
    if (lines == null) {
      lines = List.copyOf(findPreambleLines());
      preamble = lines;
    }
    return lines;
  }

  private List<String> findPreambleLines() {
    List<String> lines = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < preambleEnd; i++) {
      SourceCell c = items.get(i).cell();
      if (seen.add(c.lineKey()) && !c.lineText().isBlank()) {
        lines.add(c.lineText());
      }
    }
    return lines;
  }

  /**
   * Tells the edition from the labels that only one edition prints (see docs/format.md).
   *
   * @return the detection
   */
  public Detection detectEdition() {
    Map<Edition, Set<String>> found = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      found.put(e, new HashSet<>());
    }
    LabelIndex index = LabelIndex.get();
    for (Item item : items) {
      if (item instanceof LabelItem l) {
        for (Edition e : Edition.values()) {
          if (index.markers(e).contains(l.match().key())) {
            found.get(e).add(l.match().key());
          }
        }
      }
    }
    Map<Edition, Integer> scores = new EnumMap<>(Edition.class);
    found.forEach((e, keys) -> scores.put(e, keys.size()));
    Edition best = null;
    int bestScore = 0;
    boolean tie = false;
    for (Map.Entry<Edition, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (e.getValue() == bestScore && bestScore > 0) {
        tie = true;
      }
    }
    return new Detection(tie ? Optional.empty() : Optional.ofNullable(best), scores);
  }

  /**
   * Reads the tables and the narrative sections as the given edition.
   *
   * @param edition the edition
   * @return what was read
   */
  public Recognition recognize(Edition edition) {
    return new Run(edition).run();
  }

  /** The state of one reading. */
  private final class Run {
    private final Edition edition;
    private final EditionSpec spec;
    private final List<Finding> findings = new ArrayList<>();
    // The edition's checked store, which a report takes as it is, without copying or checking
    // each cell again.
    private final ReportCells.Builder cells;
    private final Map<CellAddress, CellSource> provenance = new LinkedHashMap<>(512);
    private final List<SupplementaryRow> supplementary = new ArrayList<>();
    private final Map<SectionId, NarrativeBuilder> narratives = new EnumMap<>(SectionId.class);
    private final Set<SectionId> seenSections = new LinkedHashSet<>();
    private final Set<String> seenTables = new LinkedHashSet<>();
    private final Map<RowKey, List<String>> rowsRead = new HashMap<>();
    private final Map<String, MoneyUnit> printedUnits = new HashMap<>();
    private final Map<SectionId, List<String>> tableText = new EnumMap<>(SectionId.class);
    private final Map<SectionId, CellSource> tableTextAt = new EnumMap<>(SectionId.class);
    private final List<ValueItem> strays = new ArrayList<>();

    private SectionId section;
    private TableSpec table;
    private RowState openRow;
    private LabelItem pendingGroup;
    private TableSpec pendingGroupTable;
    private RowState lastRow;
    private boolean cutOff;

    /** An unlabelled row of blank cells, read only if its table prints no row with figures. */
    private RowState emptyRow;

    /** The sections without tables, asked of every label: looked up once. */
    private final Set<SectionId> narrativeSections = java.util.EnumSet.noneOf(SectionId.class);

    Run(Edition edition) {
      this.edition = edition;
      this.spec = edition.spec();
      this.cells = ReportCells.builder(spec);
      for (SectionSpec s : spec.sections()) {
        if (!s.hasTables()) {
          narrativeSections.add(s.id());
        }
      }
    }

    Recognition run() {
      for (int i = preambleEnd; i < items.size(); i++) {
        Item item = items.get(i);
        if (item.cell().hardBreak()) {
          closeRow(false);
          pendingGroup = null;
        }
        if (item instanceof LabelItem l) {
          onLabel(l, i);
        } else if (item instanceof ValueItem v) {
          onValue(v);
        } else {
          onText((TextItem) item, i);
        }
      }
      closeRow(false);
      if (emptyRow != null && !rowsRead.containsKey(rowKey(emptyRow))) {
        commitRow(emptyRow); // the table printed no other row: its cells are blank
      }
      flushStrays();
      reportTableText();
      reportMissing();
      return new Recognition(
          edition,
          cells.build(),
          provenance,
          supplementary,
          narrative(SectionId.GENERAL),
          narrative(SectionId.PROBLEMS),
          narrative(SectionId.OTHER_MATTERS),
          findings,
          !seenSections.isEmpty() || !seenTables.isEmpty(),
          cutOff);
    }

    private Narrative narrative(SectionId id) {
      NarrativeBuilder b = narratives.get(id);
      return b == null ? Narrative.empty() : b.build();
    }

    private boolean inNarrative() {
      return section != null && narrativeSections.contains(section);
    }

    // ------------------------------------------------------------ items

    private void onLabel(LabelItem l, int index) {
      Optional<SectionId> heading = l.match().section();
      if (heading.isPresent()) {
        closeRow(true);
        flushStrays();
        enterSection(heading.get());
        return;
      }
      List<Hit> hits = l.match().in(edition);
      if (hits.isEmpty()) {
        onText(new TextItem(l.cell(), l.text()), index);
        return;
      }
      if (inNarrative() && !strong(hits, l.match().key())) {
        narrate(l);
        return;
      }
      closeRow(true);
      pendingGroup = null;
      Hit hit = choose(hits);
      if (hit.alias()) {
        findings.add(
            Messages.finding(
                ReaderRule.LABEL_VARIANT,
                Messages.at(l.cell().origin()),
                l.text(),
                hit.node().label(),
                Messages.where(l.cell().origin())));
      }
      TableSpec hitTable =
          table != null && table.key().equals(hit.table())
              ? table // most labels are of the table being read
              : spec.table(hit.table()).orElseThrow();
      switch (hit.kind()) {
        case CAPTION, CORNER -> {
          flushStrays();
          useTable(hitTable);
        }
        case ROW_HEADER -> {
          flushStrays();
          setSection(hit.section());
          if (table != null && table.section() != hit.section()) {
            table = null;
          }
        }
        case COLUMN -> {
          // The tables the label is a column of: whether the current one is among them, and
          // whether there is more than one (asked of every column label, so without a set).
          String first = null;
          boolean several = false;
          boolean inCurrent = false;
          for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.kind() == Kind.COLUMN) {
              inCurrent |= table != null && table.key().equals(h.table());
              if (first == null) {
                first = h.table();
              } else if (!first.equals(h.table())) {
                several = true;
              }
            }
          }
          if (table == null || !inCurrent) {
            if (!several) {
              flushStrays();
              useTable(hitTable);
            } else {
              setSection(hit.section());
            }
          }
          notePrintedUnit(l, hits);
        }
        case ROW -> {
          useTable(hitTable);
          if (hit.node().isLeaf()) {
            openRow = new RowState(hitTable, hit.node(), l.text(), l.cell(), false);
          } else {
            pendingGroup = l;
            pendingGroupTable = hitTable;
          }
        }
        default -> throw new IllegalStateException("a section heading is handled above");
      }
    }

    private void onValue(ValueItem v) {
      if (openRow != null) {
        openRow.values.add(v);
      } else if (pendingGroup != null && !v.blank()) {
        openRow =
            new RowState(pendingGroupTable, null, pendingGroup.text(), pendingGroup.cell(), false);
        pendingGroup = null;
        openRow.values.add(v);
      } else if (table != null && unlabelledRow(table) != null && v.cell().rowStart()) {
        openRow = new RowState(table, unlabelledRow(table), "", v.cell(), true);
        openRow.values.add(v);
      } else if (inNarrative()) {
        narrate(v);
      } else if (section != null && !v.blank()) {
        strays.add(v);
      }
    }

    private void onText(TextItem t, int index) {
      if (section == null) {
        return;
      }
      if (inNarrative()) {
        narrate(t);
        return;
      }
      closeRow(true);
      pendingGroup = null;
      if (table != null && valuesFollow(index)) {
        openRow = new RowState(table, null, t.text(), t.cell(), false);
        return;
      }
      tableText.computeIfAbsent(section, s -> new ArrayList<>()).add(t.text());
      tableTextAt.putIfAbsent(section, t.cell().origin());
    }

    /** Whether figures follow a text on the same row, making it the label of a row. */
    private boolean valuesFollow(int index) {
      if (index + 1 >= items.size() || !(items.get(index + 1) instanceof ValueItem next)) {
        return false;
      }
      if (next.cell().hardBreak()) {
        return false;
      }
      if (!next.cell().rowStart()) {
        return true;
      }
      for (int j = index + 1; j < items.size(); j++) {
        if (!(items.get(j) instanceof ValueItem v) || (j > index + 1 && v.cell().hardBreak())) {
          return false;
        }
        if (!v.blank()) {
          return true;
        }
      }
      return false;
    }

    // ------------------------------------------------------------ state

    private void enterSection(SectionId id) {
      setSection(id);
      List<TableSpec> tables = spec.tables(id);
      table = tables.size() == 1 ? tables.get(0) : null;
      if (table != null) {
        seenTables.add(table.key());
      }
      pendingGroup = null;
    }

    private void setSection(SectionId id) {
      section = id;
      seenSections.add(id);
    }

    private void useTable(TableSpec t) {
      table = t;
      seenTables.add(t.key());
      setSection(t.section());
    }

    /** Labels that mark a table even in a narrative section: its heading was not printed. */
    private boolean strong(List<Hit> hits, String key) {
      if (key.length() <= 2) {
        return false;
      }
      for (Hit h : hits) {
        if (h.kind() == Kind.CAPTION || h.kind() == Kind.CORNER || h.kind() == Kind.ROW_HEADER) {
          return true;
        }
      }
      Set<String> tables = new HashSet<>();
      boolean columns = true;
      for (Hit h : hits) {
        columns &= h.kind() == Kind.COLUMN;
        tables.add(h.table());
      }
      return columns && tables.size() == 1;
    }

    private static final Kind[] CHOICE_ORDER = {
      Kind.CAPTION, Kind.CORNER, Kind.ROW_HEADER, Kind.ROW, Kind.COLUMN
    };

    private Hit choose(List<Hit> hits) {
      for (Kind kind : CHOICE_ORDER) {
        Hit first = null;
        for (int i = 0; i < hits.size(); i++) {
          Hit h = hits.get(i);
          if (h.kind() == kind) {
            if (table != null && table.key().equals(h.table())) {
              return h;
            }
            if (first == null) {
              first = h;
            }
          }
        }
        if (first != null) {
          return first;
        }
      }
      throw new IllegalStateException("no usable hit in " + hits);
    }

    private AxisNode unlabelledRow(TableSpec t) {
      List<AxisNode> leaves = t.rowLeaves();
      return leaves.size() == 1 && leaves.get(0).label().isEmpty() ? leaves.get(0) : null;
    }

    /** A money column printed with a unit in its label, such as 采购总金额（单位：万元）. */
    private void notePrintedUnit(LabelItem l, List<Hit> hits) {
      String note = l.match().note();
      if (note == null) {
        return;
      }
      Optional<MoneyUnit> unit = unitIn(note);
      for (Hit h : hits) {
        if (h.kind() == Kind.COLUMN
            && h.node().isLeaf()
            && h.node().kind().orElse(null) == CellKind.AMOUNT
            && unit.isPresent()) {
          printedUnits.put(h.table() + "/" + h.node().key(), unit.get());
        }
      }
    }

    private Optional<MoneyUnit> unitIn(String note) {
      MoneyUnit best = null;
      for (MoneyUnit u : MoneyUnit.values()) {
        if (!u.symbol().isEmpty()
            && note.contains(u.symbol())
            && (best == null || u.symbol().length() > best.symbol().length())) {
          best = u;
        }
      }
      return Optional.ofNullable(best);
    }

    // ------------------------------------------------------------ rows

    /** A row being read: its table, its heading (null for a supplementary row), its cells. */
    private static final class RowState {
      final TableSpec table;
      final AxisNode row;
      final String label;
      final SourceCell labelCell;
      final boolean tentative;
      final List<ValueItem> values;

      RowState(
          TableSpec table, AxisNode row, String label, SourceCell labelCell, boolean tentative) {
        this.table = table;
        this.row = row;
        this.label = label;
        this.labelCell = labelCell;
        this.tentative = tentative;
        this.values = new ArrayList<>(table.columnLeaves().size()); // a figure per column
      }
    }

    private void closeRow(boolean byLabel) {
      RowState r = openRow;
      openRow = null;
      if (r == null) {
        return;
      }
      if (r.tentative && r.values.stream().allMatch(ValueItem::blank)) {
        // Blank cells under a header, or an empty row around the data row (a Word export's
        // trailing <tr height=0>): not the row, unless the table has no other.
        boolean underHeader = byLabel && r.values.size() < r.table.columnLeaves().size();
        if (!underHeader && !rowsRead.containsKey(rowKey(r)) && emptyRow == null) {
          emptyRow = r;
        }
        return;
      }
      if (r.tentative) {
        emptyRow = null;
      }
      commitRow(r);
    }

    private RowKey rowKey(RowState r) {
      return new RowKey(r.table.key(), r.row.key());
    }

    private void commitRow(RowState r) {
      List<AxisNode> columns = r.table.columnLeaves();
      int n = columns.size();
      List<ValueItem> values = new ArrayList<>(r.values);
      while (values.size() > n && values.get(values.size() - 1).blank()) {
        values.remove(values.size() - 1);
      }
      while (values.size() > n && values.get(0).blank()) {
        values.remove(0);
      }
      CellSource where = r.labelCell.origin();
      if (values.size() > n) {
        List<ValueItem> extra = values.subList(n, values.size());
        findings.add(
            Messages.finding(
                ReaderRule.ROW_EXTRA_CELLS,
                rowLocation(r, extra.get(0).cell().origin()),
                rowName(r),
                Messages.where(where),
                values.size(),
                n,
                Messages.quote(extra.stream().map(ValueItem::text).toList())));
        values = new ArrayList<>(values.subList(0, n));
      }
      if (r.row == null) {
        supplementaryRow(r, values, columns);
        return;
      }
      RowKey rowKey = rowKey(r);
      String[] texts = new String[values.size()];
      for (int k = 0; k < texts.length; k++) {
        texts[k] = values.get(k).text();
      }
      List<String> raw = Arrays.asList(texts);
      if (rowsRead.containsKey(rowKey)) {
        if (!rowsRead.get(rowKey).equals(raw)) {
          findings.add(
              Messages.finding(
                  ReaderRule.ROW_REPEATED,
                  rowLocation(r, where),
                  rowName(r),
                  Messages.where(where)));
        }
        return;
      }
      rowsRead.put(rowKey, raw);
      lastRow = r;
      if (values.size() < n) {
        findings.add(
            Messages.finding(
                ReaderRule.ROW_SHORT,
                rowLocation(r, where),
                rowName(r),
                Messages.where(where),
                values.size(),
                n));
      }
      for (int k = 0; k < values.size(); k++) {
        readCell(r.table, r.row, columns.get(k), values.get(k));
      }
    }

    /** The row's name in findings; made only for a finding, since most rows have none. */
    private LocalizedText rowName(RowState r) {
      return r.row == null ? LocalizedText.of(r.label) : Messages.row(r.table, r.row);
    }

    private FindingLocation rowLocation(RowState r, CellSource source) {
      return Messages.withSource(place(r.table, r.row), source).build();
    }

    /** The location of a table, or of one of its rows, with its labels and JSON Pointer. */
    private FindingLocation.Builder place(TableSpec t, AxisNode row) {
      FindingLocation.Builder b = FindingLocation.builder().section(t.section()).table(t.key());
      if (row == null) {
        return b.jsonPointer(JsonPointer.of("tables", t.key()));
      }
      b.row(row.key()).jsonPointer(JsonPointer.of("tables", t.key(), row.key()));
      if (!row.qualifiedLabels().isEmpty()) {
        b.labels(String.join(" / ", row.qualifiedLabels()));
      }
      return b;
    }

    private void readCell(TableSpec t, AxisNode row, AxisNode column, ValueItem v) {
      CellAddress address = CellAddress.of(t.key(), row.key(), column.key());
      CellSource source = v.cell().origin().withRawText(v.text());
      provenance.put(address, source);
      MoneyUnit declared = column.declaredUnit().orElse(null);
      MoneyUnit columnUnit =
          printedUnits.isEmpty()
              ? declared
              : printedUnits.getOrDefault(t.key() + "/" + column.key(), declared);
      CellKind kind = column.kind().orElseThrow();
      CellValue plain = NumberParser.plainValue(v.text(), kind, columnUnit);
      if (plain != null) {
        cells.put(address, plain); // plain digits: never blank, never a unit to compare
        return;
      }
      NumberParser.Parsed parsed = NumberParser.parse(v.text(), kind, columnUnit);
      if (parsed.failed() && parsed.negative() != null && kind == CellKind.COUNT) {
        // The validator's rule for negative counts, so every reader reports it alike.
        Finding f = Findings.negativeCount(spec, address, parsed.negative().longValueExact());
        findings.add(Finding.copyOf(f).withLocation(Messages.at(spec, address, source)));
        return;
      }
      if (parsed.failed()) {
        findings.add(
            Messages.finding(
                parsed.problem(),
                Messages.at(spec, address, source),
                address,
                Messages.cell(spec, address),
                Messages.where(source),
                v.text()));
        return;
      }
      if (!parsed.value().isBlank()) {
        cells.put(address, parsed.value());
      }
      if (parsed.explicitUnit() != null
          && columnUnit != null
          && parsed.explicitUnit() != columnUnit) {
        findings.add(
            Messages.finding(
                ReaderRule.UNIT_DIFFERS,
                Messages.at(spec, address, source),
                address,
                Messages.cell(spec, address),
                Messages.where(source),
                parsed.explicitUnit().symbol(),
                columnUnit.symbol()));
      }
    }

    private void supplementaryRow(RowState r, List<ValueItem> values, List<AxisNode> columns) {
      Map<String, String> kept = new LinkedHashMap<>();
      for (int k = 0; k < values.size(); k++) {
        if (!values.get(k).blank()) {
          kept.put(columns.get(k).key(), values.get(k).text());
        }
      }
      supplementary.add(
          SupplementaryRow.builder()
              .table(r.table.key())
              .label(r.label)
              .putAllValues(kept)
              .build());
      CellSource where = r.labelCell.origin();
      findings.add(
          Messages.finding(
              ReaderRule.SUPPLEMENTARY_ROW,
              rowLocation(r, where),
              r.label,
              Messages.table(spec, r.table),
              Messages.where(where)));
    }

    // ------------------------------------------------------------ narrative

    private int lastNarrativeLine = Integer.MIN_VALUE;

    private void narrate(Item item) {
      SourceCell c = item.cell();
      if (c.lineKey() == lastNarrativeLine) {
        return;
      }
      lastNarrativeLine = c.lineKey();
      String text = c.literal() ? c.text() : c.lineText().strip();
      if (text.isEmpty() && !c.literal()) {
        return;
      }
      NarrativeBuilder b = narratives.computeIfAbsent(section, s -> new NarrativeBuilder());
      if (c.literal() ? c.heading() : c.heading() || SUB_HEADING.matcher(text).matches()) {
        b.heading(text);
      } else {
        b.paragraph(text);
      }
    }

    // ------------------------------------------------------------ findings at the end

    private void flushStrays() {
      if (strays.isEmpty()) {
        return;
      }
      CellSource first = strays.get(0).cell().origin();
      findings.add(
          Messages.finding(
              ReaderRule.STRAY_VALUES,
              Messages.at(first),
              Messages.where(first),
              Messages.quote(strays.stream().map(ValueItem::text).toList())));
      strays.clear();
    }

    private void reportTableText() {
      tableText.forEach(
          (s, lines) ->
              findings.add(
                  Messages.finding(
                      ReaderRule.TEXT_NOT_KEPT,
                      Messages.withSource(
                              FindingLocation.builder().from(FindingLocation.ofSection(s)),
                              tableTextAt.get(s))
                          .build(),
                      Messages.phrase(
                          "where.section", "section", Messages.section(spec.section(s))),
                      lines.size(),
                      Messages.abbreviate(lines.get(0)))));
    }

    private void reportMissing() {
      if (seenSections.isEmpty() && seenTables.isEmpty()) {
        return;
      }
      for (SectionSpec s : spec.sections()) {
        boolean tableSeen = s.tableKeys().stream().anyMatch(seenTables::contains);
        if (!seenSections.contains(s.id()) && !tableSeen) {
          findings.add(
              Messages.finding(
                  ReaderRule.SECTION_NOT_FOUND,
                  FindingLocation.ofSection(s.id()),
                  Messages.section(s)));
        }
      }
      boolean incomplete = false;
      for (TableSpec t : spec.tables()) {
        if (!seenTables.contains(t.key())) {
          incomplete = true;
          findings.add(
              Messages.finding(
                  ReaderRule.TABLE_NOT_FOUND, place(t, null).build(), Messages.table(spec, t)));
          continue;
        }
        for (AxisNode row : t.rowLeaves()) {
          if (!rowsRead.containsKey(new RowKey(t.key(), row.key()))) {
            incomplete = true;
            findings.add(
                Messages.finding(
                    ReaderRule.ROW_NOT_FOUND, place(t, row).build(), Messages.row(t, row)));
          }
        }
      }
      if (incomplete && section != null && spec.section(section).hasTables()) {
        cutOff = true;
        LocalizedText after =
            lastRow == null
                ? Messages.section(spec.section(section))
                : lastRow.row == null
                    ? LocalizedText.of(lastRow.label)
                    : Messages.row(lastRow.table, lastRow.row);
        findings.add(
            Messages.finding(
                ReaderRule.INPUT_ENDS_IN_TABLE,
                FindingLocation.ofSection(section),
                Messages.section(spec.section(section)),
                after));
      }
    }
  }

  /** A row of the format by its table's and its own key. */
  private record RowKey(String table, String row) {}

  /** Collects the blocks of a narrative section. */
  private static final class NarrativeBuilder {
    private final List<TextBlock> blocks = new ArrayList<>();
    private String heading;
    private final List<String> paragraphs = new ArrayList<>();
    private boolean open;

    void heading(String text) {
      finish();
      heading = text;
      open = true;
    }

    void paragraph(String text) {
      paragraphs.add(text);
      open = true;
    }

    private void finish() {
      if (open) {
        // One paragraph is its own body: joining would copy the longest text of a report.
        String body = paragraphs.size() == 1 ? paragraphs.get(0) : String.join("\n", paragraphs);
        blocks.add(TextBlock.of(heading, body));
      }
      heading = null;
      paragraphs.clear();
      open = false;
    }

    Narrative build() {
      finish();
      return Narrative.builder().addAllBlocks(blocks).build();
    }
  }
}
