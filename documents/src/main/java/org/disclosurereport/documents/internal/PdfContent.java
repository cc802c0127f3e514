package org.disclosurereport.documents.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.layout.DocumentContent;
import org.disclosurereport.layout.ReaderRule;

/**
 * Reads the text layer of a PDF into paragraphs and tables by position.
 *
 * <p>One pass over each page collects every glyph with its box and every straight line the page
 * draws (stroked lines, thin filled rectangles, rectangle outlines). Lines that touch form a table;
 * their distinct positions are the table's row and column boundaries, and where a boundary is not
 * drawn between two slots of the grid the slots are one merged cell, so a label printed once in the
 * middle of its span belongs to the whole span and a label wrapped over two lines stays in its
 * cell. Glyphs outside tables become lines, and lines become paragraphs where one runs to the right
 * margin and the next is not indented. Page numbers, and lines repeated at the same place at the
 * top or bottom of several pages (running headers and footers), are dropped. Tables continuing on
 * the next page are further rows of the same reading, as in a page whose table is split.
 */
public final class PdfContent {
  private static final float TOLERANCE = 2f;

  /** The thickest filled rectangle taken as a drawn line, in points. */
  private static final float LINE_THICKNESS = 3f;

  /** A figure as printed in a table, or a mark for nothing. */
  private static final Pattern FIGURE =
      Pattern.compile("^[+\\-−－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:万元|元|%)?$|^[/／\\-—–－]$");

  /** A unit printed apart from its figure. */
  private static final Pattern UNIT = Pattern.compile("^(?:万元|元|亿元|千元)$");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:[-—–－\\s]*\\d{1,4}[-—–－\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
              + "|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$");

  private PdfContent() {}

  /**
   * The limits a PDF is read within.
   *
   * @param maxPages the most pages
   * @param maxGlyphs the most glyphs in all
   * @param maxSegments the most drawn lines per page
   * @param maxMemoryBytes the most memory for decoded streams
   */
  public record Limits(int maxPages, int maxGlyphs, int maxSegments, long maxMemoryBytes) {}

  /** A glyph: its text and box, y from the top of the page. */
  record Glyph(String text, float x, float top, float right, float bottom, float size) {
    float centerX() {
      return (x + right) / 2;
    }

    float centerY() {
      return (top + bottom) / 2;
    }
  }

  /** A drawn horizontal or vertical line: at {@code at}, from {@code from} to {@code to}. */
  record Segment(float at, float from, float to) {}

  /** A line of text. */
  record Line(
      List<Glyph> glyphs, String text, float x, float top, float right, float bottom, float size) {}

  /** What was found on one page. */
  static final class Page {
    final int number;
    final float width;
    final float height;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Segment> horizontal = new ArrayList<>();
    final List<Segment> vertical = new ArrayList<>();

    Page(int number, float width, float height) {
      this.number = number;
      this.width = width;
      this.height = height;
    }
  }

  /**
   * Reads a PDF.
   *
   * @param bytes the file
   * @param limits the limits
   * @return the content
   * @throws DocumentProblem when it cannot be read, has no text layer, or is over a limit
   */
  public static DocumentContent read(byte[] bytes, Limits limits) throws DocumentProblem {
    List<Page> pages;
    try (PDDocument document =
        Loader.loadPDF(
            bytes,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache)) {
      int count = document.getNumberOfPages();
      if (count > limits.maxPages()) {
        throw new DocumentProblem(
            ReaderRule.DOCUMENT_OVER_LIMIT, "pages", count, limits.maxPages());
      }
      Collector collector = new Collector(limits);
      collector.getText(document);
      pages = collector.pages;
    } catch (InvalidPasswordException e) {
      throw new DocumentProblem(
          ReaderRule.DOCUMENT_UNREADABLE, "PDF", "it is encrypted with a password");
    } catch (TooMuch e) {
      throw e.problem;
    } catch (IOException | RuntimeException e) {
      throw new DocumentProblem(ReaderRule.DOCUMENT_UNREADABLE, "PDF", DocxContent.describe(e));
    }
    if (pages.stream().allMatch(p -> p.glyphs.stream().allMatch(g -> g.text().isBlank()))) {
      throw new DocumentProblem(ReaderRule.DOCUMENT_WITHOUT_TEXT, pages.size());
    }
    return new Assembler(pages).assemble();
  }

  /** Thrown inside PDFBox's callbacks when a limit is passed; carries the problem out. */
  private static final class TooMuch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DocumentProblem problem;

    TooMuch(DocumentProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  /** Collects glyphs and drawn lines in PDFBox's own single pass over each page's content. */
  private static final class Collector extends PDFTextStripper {
    private final Limits limits;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private PDRectangle box;
    private int glyphs;
    private final List<float[]> path = new ArrayList<>();
    private float[] start;
    private float[] current;

    Collector(Limits limits) throws IOException {
      this.limits = limits;
      setSortByPosition(false);
      addOperator(
          new PathOperator(
              this,
              "m",
              ops -> {
                current = point(ops, 0);
                start = current;
              }));
      addOperator(
          new PathOperator(
              this,
              "l",
              ops -> {
                float[] p = point(ops, 0);
                if (current != null) {
                  path.add(new float[] {current[0], current[1], p[0], p[1]});
                }
                current = p;
              }));
      addOperator(
          new PathOperator(
              this,
              "h",
              ops -> {
                if (current != null && start != null) {
                  path.add(new float[] {current[0], current[1], start[0], start[1]});
                  current = start;
                }
              }));
      addOperator(
          new PathOperator(
              this,
              "re",
              ops -> {
                if (ops.size() < 4) {
                  return;
                }
                float x = number(ops.get(0));
                float y = number(ops.get(1));
                float w = number(ops.get(2));
                float h = number(ops.get(3));
                float[] a = transform(x, y);
                float[] b = transform(x + w, y);
                float[] c = transform(x + w, y + h);
                float[] d = transform(x, y + h);
                path.add(new float[] {a[0], a[1], b[0], b[1]});
                path.add(new float[] {b[0], b[1], c[0], c[1]});
                path.add(new float[] {c[0], c[1], d[0], d[1]});
                path.add(new float[] {d[0], d[1], a[0], a[1]});
                current = a;
                start = a;
              }));
      for (String op : new String[] {"S", "s", "B", "B*", "b", "b*"}) {
        addOperator(new PathOperator(this, op, ops -> paint(true)));
      }
      for (String op : new String[] {"f", "F", "f*"}) {
        addOperator(new PathOperator(this, op, ops -> paint(false)));
      }
      addOperator(new PathOperator(this, "n", ops -> path.clear()));
      addOperator(
          new PathOperator(this, "c", ops -> current = ops.size() >= 6 ? point(ops, 4) : current));
      addOperator(
          new PathOperator(this, "v", ops -> current = ops.size() >= 4 ? point(ops, 2) : current));
      addOperator(
          new PathOperator(this, "y", ops -> current = ops.size() >= 4 ? point(ops, 2) : current));
    }

    @Override
    public String getText(PDDocument doc) throws IOException {
      writeText(doc, new StringWriter());
      return "";
    }

    @Override
    protected void startPage(PDPage p) {
      box = p.getCropBox();
      page = new Page(pages.size() + 1, box.getWidth(), box.getHeight());
      pages.add(page);
      path.clear();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      // The text is rebuilt from the glyphs by position; PDFBox's own text output is not used.
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if (++glyphs > limits.maxGlyphs()) {
        throw new TooMuch(
            new DocumentProblem(
                ReaderRule.DOCUMENT_OVER_LIMIT,
                "glyphs",
                ">" + limits.maxGlyphs(),
                limits.maxGlyphs()));
      }
      String unicode = t.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        return;
      }
      String text = CjkText.normalise(unicode);
      float size = t.getFontSizeInPt();
      float height = t.getHeightDir();
      if (size <= 0) {
        size = height > 0 ? height : 10;
      }
      float bottom = t.getYDirAdj();
      float top = bottom - Math.max(height, size * 0.7f);
      page.glyphs.add(
          new Glyph(text, t.getXDirAdj(), top, t.getXDirAdj() + t.getWidthDirAdj(), bottom, size));
    }

    private float[] point(List<COSBase> ops, int i) {
      return transform(number(ops.get(i)), number(ops.get(i + 1)));
    }

    private static float number(COSBase b) {
      return b instanceof COSNumber n ? n.floatValue() : 0;
    }

    /** User space to page space, y from the top. */
    private float[] transform(float x, float y) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      float tx = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
      float ty = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
      return new float[] {tx - box.getLowerLeftX(), box.getUpperRightY() - ty};
    }

    /** Keeps the straight axis-aligned pieces of the path just painted. */
    private void paint(boolean stroke) {
      if (page == null) {
        path.clear();
        return;
      }
      if (!stroke && path.size() == 4) {
        // A filled rectangle: a drawn line when thin.
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] s : path) {
          minX = Math.min(minX, Math.min(s[0], s[2]));
          maxX = Math.max(maxX, Math.max(s[0], s[2]));
          minY = Math.min(minY, Math.min(s[1], s[3]));
          maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        if (maxY - minY <= LINE_THICKNESS && maxX - minX > maxY - minY) {
          add(page.horizontal, new Segment((minY + maxY) / 2, minX, maxX));
        } else if (maxX - minX <= LINE_THICKNESS && maxY - minY > maxX - minX) {
          add(page.vertical, new Segment((minX + maxX) / 2, minY, maxY));
        }
      } else if (stroke) {
        for (float[] s : path) {
          if (Math.abs(s[1] - s[3]) < 0.5f && Math.abs(s[0] - s[2]) > 0.5f) {
            add(page.horizontal, new Segment(s[1], Math.min(s[0], s[2]), Math.max(s[0], s[2])));
          } else if (Math.abs(s[0] - s[2]) < 0.5f && Math.abs(s[1] - s[3]) > 0.5f) {
            add(page.vertical, new Segment(s[0], Math.min(s[1], s[3]), Math.max(s[1], s[3])));
          }
        }
      }
      path.clear();
      current = null;
      start = null;
    }

    private void add(List<Segment> segments, Segment s) {
      if (page.horizontal.size() + page.vertical.size() >= limits.maxSegments()) {
        throw new TooMuch(
            new DocumentProblem(
                ReaderRule.DOCUMENT_OVER_LIMIT,
                "drawn lines on a page",
                ">" + limits.maxSegments(),
                limits.maxSegments()));
      }
      segments.add(s);
    }
  }

  /** An operator the text stripper does not handle itself: one of the path operators. */
  private static final class PathOperator extends OperatorProcessor {
    interface Action {
      void run(List<COSBase> operands);
    }

    private final String name;
    private final Action action;

    PathOperator(Collector context, String name, Action action) {
      super(context);
      this.name = name;
      this.action = action;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      action.run(operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }

  // ------------------------------------------------------------------ assembly

  /** A table found on a page: its grid and the cells with their glyphs. */
  private record Found(
      float top, float left, float right, float bottom, DocumentContent.Table table) {}

  /** Turns the pages' glyphs and lines into blocks. */
  private static final class Assembler {
    private final List<Page> pages;
    private final DocumentContent.Builder content = DocumentContent.builder();
    private int tables;
    private float bodySize;
    private float left = Float.MAX_VALUE;
    private float right = 0;

    Assembler(List<Page> pages) {
      this.pages = pages;
    }

    DocumentContent assemble() {
      List<List<Object>> perPage = new ArrayList<>();
      List<List<Line>> pageLines = new ArrayList<>();
      for (Page p : pages) {
        List<Found> found = findTables(p);
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : p.glyphs) {
          boolean inTable = false;
          for (Found f : found) {
            if (g.centerX() >= f.left()
                && g.centerX() <= f.right()
                && g.centerY() >= f.top()
                && g.centerY() <= f.bottom()) {
              inTable = true;
              break;
            }
          }
          if (!inTable && !g.text().isBlank()) {
            free.add(g);
          }
        }
        List<Line> lines = lines(free);
        pageLines.add(lines);
        List<Object> blocks = new ArrayList<>(found);
        perPage.add(blocks);
      }
      dropRunningLines(pageLines);
      Map<Float, Integer> sizes = new HashMap<>();
      for (List<Line> lines : pageLines) {
        for (Line l : lines) {
          sizes.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
        }
      }
      bodySize =
          sizes.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(10f);
      new Ruleless(pages, pageLines, perPage).find();
      for (List<Line> lines : pageLines) {
        for (Line l : lines) {
          left = Math.min(left, l.x());
          right = Math.max(right, l.right());
        }
      }
      Line open = null;
      StringBuilder paragraph = new StringBuilder();
      for (int i = 0; i < pages.size(); i++) {
        List<Object> blocks = perPage.get(i);
        blocks.addAll(pageLines.get(i));
        blocks.sort(
            Comparator.comparingDouble(b -> b instanceof Found f ? f.top() : ((Line) b).top()));
        for (Object b : blocks) {
          if (b instanceof Found f) {
            if (open != null) {
              flush(open, paragraph);
              open = null;
            }
            content.add(f.table());
            continue;
          }
          Line l = (Line) b;
          if (open != null && continues(open, l)) {
            paragraph.append(joiner(paragraph, l.text())).append(l.text());
            open =
                new Line(
                    open.glyphs(),
                    open.text(),
                    open.x(),
                    open.top(),
                    l.right(),
                    l.bottom(),
                    open.size());
            continue;
          }
          if (open != null) {
            flush(open, paragraph);
          }
          open = l;
          openPage = pages.get(i).number;
          paragraph.setLength(0);
          paragraph.append(l.text());
        }
      }
      if (open != null) {
        flush(open, paragraph);
      }
      return content.build();
    }

    private int openPage;

    private void flush(Line first, StringBuilder text) {
      boolean heading = first.size() > bodySize * 1.1f;
      content.add(
          new DocumentContent.Paragraph(
              text.toString(),
              heading,
              CellSource.builder()
                  .format(DocumentFormat.PDF)
                  .page(openPage)
                  .x(first.x())
                  .y(first.top())
                  .rawText(text.toString().strip())
                  .build()));
      text.setLength(0);
    }

    /** Whether a line continues the paragraph of the line before: that one ran to the margin. */
    private boolean continues(Line previous, Line next) {
      float size = previous.size();
      if (size > bodySize * 1.1f
          && Math.abs(size - next.size()) < 0.6f
          && next.top() - previous.bottom() < 2.0f * size
          && next.top() > previous.bottom() - 1
          && previous.right() - previous.x() >= 0.6f * (right - left)) {
        return true; // a title or heading too long for one line, centred on two
      }
      return Math.abs(size - next.size()) < 0.6f
          && previous.size() <= bodySize * 1.1f
          && previous.right() >= right - 2.2f * size
          && next.x() <= left + 0.6f * size;
    }

    private static String joiner(StringBuilder before, String next) {
      if (before.length() == 0 || next.isEmpty()) {
        return "";
      }
      char a = before.charAt(before.length() - 1);
      char b = next.charAt(0);
      return isWide(a) || isWide(b) ? "" : " ";
    }

    private static boolean isWide(char c) {
      return c >= 0x2E80;
    }

    /** Drops page numbers and lines repeated at the top or bottom of several pages. */
    private void dropRunningLines(List<List<Line>> pageLines) {
      Map<String, Integer> repeated = new HashMap<>();
      for (int i = 0; i < pageLines.size(); i++) {
        Page p = pages.get(i);
        for (Line l : pageLines.get(i)) {
          if (inMargin(l, p)) {
            repeated.merge(
                l.text().replaceAll("\\d+", "#") + "@" + Math.round(l.top() / 4), 1, Integer::sum);
          }
        }
      }
      for (int i = 0; i < pageLines.size(); i++) {
        Page p = pages.get(i);
        pageLines
            .get(i)
            .removeIf(
                l ->
                    inMargin(l, p)
                        && (PAGE_NUMBER.matcher(l.text().strip()).matches()
                            || (pages.size() > 1
                                && repeated.getOrDefault(
                                        l.text().replaceAll("\\d+", "#")
                                            + "@"
                                            + Math.round(l.top() / 4),
                                        0)
                                    > 1)));
      }
    }

    private static boolean inMargin(Line l, Page p) {
      return l.top() < p.height * 0.1f || l.bottom() > p.height * 0.9f;
    }

    /**
     * Rebuilds the tables a PDF prints without any drawn rule (a Word table without borders, say)
     * from the alignment of its text. A row of figures is a row of the table; text in the label
     * area (left of the first figure column) belongs to the row of figures nearest to it, a label
     * wrapped over lines being centred on its row, and lines with text over the figure columns are
     * headings. A table goes on across pages, its repeated headings dropped.
     */
    private final class Ruleless {
      private final List<Page> pages;
      private final List<List<Line>> pageLines;
      private final List<List<Object>> perPage;

      Ruleless(List<Page> pages, List<List<Line>> pageLines, List<List<Object>> perPage) {
        this.pages = pages;
        this.pageLines = pageLines;
        this.perPage = perPage;
      }

      /** A piece of a line between wide gaps. */
      private record Chunk(String text, float x, float right, float y, int page, float size) {
        boolean numeric() {
          return FIGURE.matcher(text).matches();
        }
      }

      /** A line of a region: its chunks, and where it is in reading order. */
      private record RLine(Line line, List<Chunk> chunks, int page, double order) {}

      void find() {
        List<RLine> all = new ArrayList<>();
        for (int p = 0; p < pageLines.size(); p++) {
          for (Line l : pageLines.get(p)) {
            all.add(new RLine(l, chunks(l, p), p, p * 100_000.0 + l.top()));
          }
        }
        all.sort(Comparator.comparingDouble(RLine::order));
        int i = 0;
        while (i < all.size()) {
          if (all.get(i).chunks().size() < 2 || !hasFigures(all.get(i))) {
            i++;
            continue;
          }
          // Grow the region around a line with figures.
          int start = i;
          while (start > 0 && belongs(all.get(start - 1), all.get(start))) {
            start--;
          }
          int end = i + 1;
          while (end < all.size() && belongs(all.get(end), all.get(end - 1))) {
            end++;
          }
          List<RLine> region = all.subList(start, end);
          if (region.stream().filter(this::hasFigures).count() >= 1
              && region.stream().filter(r -> r.chunks().size() >= 2).count() >= 2) {
            build(new ArrayList<>(region));
          }
          i = end;
        }
      }

      private boolean hasFigures(RLine r) {
        long n = r.chunks().stream().filter(Chunk::numeric).count();
        return n >= 1 && n * 2 >= r.chunks().size() - 1;
      }

      /** Whether a line is part of the table its neighbour is in. */
      private boolean belongs(RLine line, RLine neighbour) {
        Line l = line.line();
        if (l.size() > bodySize * 1.1f || l.size() > neighbour.line().size() + 0.6f) {
          return false; // a heading
        }
        if (l.text().endsWith("。") && line.chunks().size() < 2) {
          return false; // a sentence
        }
        double gap = Math.abs(line.order() - neighbour.order());
        boolean acrossPages = line.page() != neighbour.page();
        return acrossPages || gap <= 3.2 * l.size();
      }

      private void build(List<RLine> region) {
        float valueLeft = Float.MAX_VALUE;
        for (RLine r : region) {
          if (hasFigures(r)) {
            for (Chunk c : r.chunks()) {
              if (c.numeric()) {
                valueLeft = Math.min(valueLeft, c.x());
              }
            }
          }
        }
        float limit = valueLeft - 2;
        // Rows: each line with figures, with the label fragments nearest to it.
        List<RLine> figures = new ArrayList<>();
        List<RLine> headings = new ArrayList<>();
        List<RLine> fragments = new ArrayList<>();
        java.util.Set<String> headingTexts = new java.util.HashSet<>();
        for (RLine r : region) {
          boolean overValues = r.chunks().stream().anyMatch(c -> c.right() > limit);
          if (hasFigures(r)) {
            figures.add(r);
          } else if (overValues) {
            boolean repeated =
                !headingTexts.add(r.line().text())
                    && figures.stream().noneMatch(f -> f.page() == r.page());
            if (!repeated) {
              headings.add(r);
            }
          } else {
            fragments.add(r);
          }
        }
        if (figures.isEmpty()) {
          return;
        }
        // Each label fragment to the nearest row of figures not across a heading.
        Map<RLine, List<Chunk>> labels = new HashMap<>();
        for (RLine f : fragments) {
          RLine best = null;
          double bestDistance = Double.MAX_VALUE;
          for (RLine fig : figures) {
            double d = Math.abs(fig.order() - f.order());
            if (fig.page() != f.page()) {
              d = d - 100_000 + 1000; // across a page: far, but nearer than nothing
              d = Math.abs(d);
            }
            if (d < bestDistance && !headingBetween(headings, f, fig)) {
              best = fig;
              bestDistance = d;
            }
          }
          if (best != null) {
            labels.computeIfAbsent(best, k -> new ArrayList<>()).addAll(f.chunks());
          }
        }
        // A wrapped label is centred on its row: lines above it beyond the symmetry belong to the
        // row before (a row broken by a page break, or a label nearer the next row's figures).
        // Lines below a label beyond the symmetry (one more may sit on the figures' line) belong to
        // the row after.
        for (int k = 0; k + 1 < figures.size(); k++) {
          RLine fig = figures.get(k);
          List<Chunk> own = labels.getOrDefault(fig, new ArrayList<>());
          Map<Integer, Integer> aboveByColumn = new HashMap<>();
          Map<Integer, List<Chunk>> belowByColumn = new HashMap<>();
          for (Chunk c : own) {
            int column = Math.round(c.x() / (TOLERANCE * 3));
            double o = c.page() * 100_000.0 + c.y();
            if (o < fig.order() - 1) {
              aboveByColumn.merge(column, 1, Integer::sum);
            } else if (o > fig.order() + 1) {
              belowByColumn.computeIfAbsent(column, x -> new ArrayList<>()).add(c);
            }
          }
          for (Map.Entry<Integer, List<Chunk>> e : belowByColumn.entrySet()) {
            int column = e.getKey();
            boolean onLine =
                fig.chunks().stream()
                    .anyMatch(c -> !c.numeric() && Math.round(c.x() / (TOLERANCE * 3)) == column);
            List<Chunk> below = e.getValue();
            int extra = below.size() - aboveByColumn.getOrDefault(column, 0) - (onLine ? 1 : 0);
            below.sort(Comparator.comparingDouble(c -> -(c.page() * 100_000.0 + c.y())));
            for (int n = 0; n < extra; n++) {
              own.remove(below.get(n));
              labels.computeIfAbsent(figures.get(k + 1), x -> new ArrayList<>()).add(below.get(n));
            }
          }
        }
        for (int k = figures.size() - 1; k >= 1; k--) {
          RLine fig = figures.get(k);
          List<Chunk> own = labels.getOrDefault(fig, new ArrayList<>());
          Map<Integer, List<Chunk>> aboveByColumn = new HashMap<>();
          Map<Integer, Integer> belowByColumn = new HashMap<>();
          for (Chunk c : own) {
            int column = Math.round(c.x() / (TOLERANCE * 3));
            double o = c.page() * 100_000.0 + c.y();
            if (o < fig.order() - 1) {
              aboveByColumn.computeIfAbsent(column, x -> new ArrayList<>()).add(c);
            } else if (o > fig.order() + 1) {
              belowByColumn.merge(column, 1, Integer::sum);
            }
          }
          for (Map.Entry<Integer, List<Chunk>> e : aboveByColumn.entrySet()) {
            List<Chunk> above = e.getValue();
            int extra = above.size() - belowByColumn.getOrDefault(e.getKey(), 0);
            above.sort(Comparator.comparingDouble(c -> c.page() * 100_000.0 + c.y()));
            for (int n = 0; n < extra; n++) {
              own.remove(above.get(n));
              labels.computeIfAbsent(figures.get(k - 1), x -> new ArrayList<>()).add(above.get(n));
            }
          }
        }
        // The table: headings as rows of their chunks, then a row per line of figures.
        List<Object[]> rows = new ArrayList<>(); // order, cells
        // A heading wrapped in its cell ("结果" over "维持") is one cell: chunks of consecutive
        // heading lines centred over each other, of about the same width, are joined.
        List<List<Chunk>> open = new ArrayList<>();
        RLine previousHeading = null;
        Map<RLine, List<List<Chunk>>> headingCells = new HashMap<>();
        for (RLine h : headings) {
          final double after = previousHeading == null ? Double.MAX_VALUE : previousHeading.order();
          boolean consecutive =
              previousHeading != null
                  && figures.stream().noneMatch(f -> f.order() > after && f.order() < h.order());
          List<List<Chunk>> next = new ArrayList<>();
          List<List<Chunk>> own = new ArrayList<>();
          for (Chunk c : h.chunks()) {
            List<Chunk> target = null;
            if (consecutive) {
              for (List<Chunk> o : open) {
                Chunk last = o.get(o.size() - 1);
                float dc = Math.abs((last.x() + last.right()) / 2 - (c.x() + c.right()) / 2);
                float wa = last.right() - last.x();
                float wb = c.right() - c.x();
                if (dc <= TOLERANCE && Math.min(wa, wb) >= 0.6f * Math.max(wa, wb)) {
                  target = o;
                  break;
                }
              }
            }
            if (target == null) {
              target = new ArrayList<>();
              own.add(target);
            }
            target.add(c);
            next.add(target);
          }
          headingCells.put(h, own);
          if (consecutive) {
            for (List<Chunk> o : open) {
              if (!next.contains(o)) {
                next.add(o); // a cell not continued on this line may be continued on the next
              }
            }
          }
          open = next;
          previousHeading = h;
        }
        for (RLine h : headings) {
          List<DocumentContent.Cell> cells = new ArrayList<>();
          for (List<Chunk> cs : headingCells.get(h)) {
            cells.add(joined(cs, cells.size()));
          }
          if (!cells.isEmpty()) {
            rows.add(new Object[] {h.order(), cells});
          }
        }
        for (RLine fig : figures) {
          List<Chunk> label = new ArrayList<>(labels.getOrDefault(fig, List.of()));
          List<Chunk> values = new ArrayList<>();
          for (Chunk c : fig.chunks()) {
            if (c.right() <= limit && !c.numeric()) {
              label.add(c);
            } else if (!values.isEmpty() && UNIT.matcher(c.text()).matches()) {
              Chunk v = values.remove(values.size() - 1);
              values.add(
                  new Chunk(v.text() + c.text(), v.x(), c.right(), v.y(), v.page(), v.size()));
            } else {
              values.add(c);
            }
          }
          // Label fragments by column (their left edge), top to bottom, joined.
          label.sort(
              Comparator.comparingDouble((Chunk c) -> c.x())
                  .thenComparingDouble(c -> c.page() * 100_000.0 + c.y()));
          List<DocumentContent.Cell> cells = new ArrayList<>();
          List<Chunk> column = new ArrayList<>();
          for (Chunk c : label) {
            if (!column.isEmpty() && Math.abs(c.x() - column.get(0).x()) > TOLERANCE * 2) {
              cells.add(joined(column, cells.size()));
              column.clear();
            }
            column.add(c);
          }
          if (!column.isEmpty()) {
            cells.add(joined(column, cells.size()));
          }
          for (Chunk v : values) {
            cells.add(cell(v.text(), v, 0, cells.size()));
          }
          rows.add(new Object[] {fig.order(), cells});
        }
        rows.sort(Comparator.comparingDouble(r -> (Double) r[0]));
        int number = ++tables;
        List<List<DocumentContent.Cell>> out = new ArrayList<>();
        for (Object[] r : rows) {
          @SuppressWarnings("unchecked")
          List<DocumentContent.Cell> cells = (List<DocumentContent.Cell>) r[1];
          List<DocumentContent.Cell> numbered = new ArrayList<>();
          for (DocumentContent.Cell c : cells) {
            numbered.add(
                new DocumentContent.Cell(
                    c.text(), 1, 1, c.origin().withTable(number).withRow(out.size() + 1)));
          }
          out.add(numbered);
        }
        RLine first = region.get(0);
        perPage
            .get(first.page())
            .add(new Found(first.line().top(), 0, 0, 0, new DocumentContent.Table(out)));
        for (RLine r : region) {
          pageLines.get(r.page()).remove(r.line());
        }
      }

      private boolean headingBetween(List<RLine> headings, RLine a, RLine b) {
        double lo = Math.min(a.order(), b.order());
        double hi = Math.max(a.order(), b.order());
        return headings.stream().anyMatch(h -> h.order() > lo && h.order() < hi);
      }

      private DocumentContent.Cell joined(List<Chunk> column, int index) {
        StringBuilder b = new StringBuilder();
        for (Chunk c : column) {
          b.append(b.length() == 0 ? "" : "\n").append(c.text());
        }
        return cell(b.toString(), column.get(0), 0, index);
      }

      private DocumentContent.Cell cell(String text, Chunk at, int row, int index) {
        return new DocumentContent.Cell(
            text,
            1,
            1,
            CellSource.builder()
                .format(DocumentFormat.PDF)
                .page(pages.get(at.page()).number)
                .x(at.x())
                .y(at.y())
                .column(index + 1)
                .rawText(text.replace('\n', ' '))
                .build());
      }

      private List<Chunk> chunks(Line l, int page) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : l.glyphs()) {
          if (g.text().isBlank()) {
            continue;
          }
          float gap = previous == null ? 0 : g.x() - previous.right();
          float size = previous == null ? g.size() : Math.max(g.size(), previous.size());
          boolean figureStarts =
              previous != null
                  && isWide(previous.text().charAt(0))
                  && !g.text().isEmpty()
                  && "0123456789+-−".indexOf(g.text().charAt(0)) >= 0;
          if (previous != null && (gap > 0.3f * size || (figureStarts && gap > 0.1f * size))) {
            out.add(chunk(run, page));
            run = new ArrayList<>();
          }
          run.add(g);
          previous = g;
        }
        if (!run.isEmpty()) {
          out.add(chunk(run, page));
        }
        return out;
      }

      private Chunk chunk(List<Glyph> run, int page) {
        Line l = line(run);
        return new Chunk(l.text(), l.x(), l.right(), l.top(), page, l.size());
      }
    }

    // -------------------------------------------------------------- lines

    /** Groups glyphs into lines: overlapping vertically, in x order; words spaced where apart. */
    private static List<Line> lines(List<Glyph> glyphs) {
      List<Glyph> sorted = new ArrayList<>(glyphs);
      sorted.sort(Comparator.comparingDouble(Glyph::bottom).thenComparingDouble(Glyph::x));
      List<List<Glyph>> groups = new ArrayList<>();
      List<Glyph> group = null;
      float groupBottom = 0;
      float groupSize = 0;
      for (Glyph g : sorted) {
        if (group != null
            && Math.abs(g.bottom() - groupBottom) <= Math.max(groupSize, g.size()) * 0.4f) {
          group.add(g);
        } else {
          group = new ArrayList<>();
          group.add(g);
          groups.add(group);
          groupBottom = g.bottom();
          groupSize = g.size();
        }
      }
      List<Line> lines = new ArrayList<>();
      for (List<Glyph> gs : groups) {
        gs.sort(Comparator.comparingDouble(Glyph::x));
        lines.add(line(gs));
      }
      return lines;
    }

    private static Line line(List<Glyph> gs) {
      StringBuilder b = new StringBuilder();
      float x = Float.MAX_VALUE;
      float top = Float.MAX_VALUE;
      float right = 0;
      float bottom = 0;
      float size = 0;
      Glyph previous = null;
      for (Glyph g : gs) {
        if (previous != null) {
          float gap = g.x() - previous.right();
          if (gap > 0.3f * Math.max(g.size(), previous.size())
              && b.length() > 0
              && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
          }
          if (gap < -0.5f * g.size() && g.text().equals(previous.text())) {
            continue; // the same glyph drawn twice over itself (fake bold)
          }
        }
        if (!(g.text().isBlank() && (b.length() == 0 || b.charAt(b.length() - 1) == ' '))) {
          b.append(g.text().isBlank() ? " " : g.text());
        }
        x = Math.min(x, g.x());
        top = Math.min(top, g.top());
        right = Math.max(right, g.right());
        bottom = Math.max(bottom, g.bottom());
        size = Math.max(size, g.size());
        previous = g;
      }
      return new Line(gs, b.toString().strip(), x, top, right, bottom, size);
    }

    // -------------------------------------------------------------- tables

    private List<Found> findTables(Page p) {
      List<Segment> hs = mergeSegments(p.horizontal);
      List<Segment> vs = mergeSegments(p.vertical);
      // Group lines that touch into tables.
      int n = hs.size() + vs.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < hs.size(); i++) {
        Segment h = hs.get(i);
        for (int j = 0; j < vs.size(); j++) {
          Segment v = vs.get(j);
          if (v.at() >= h.from() - TOLERANCE
              && v.at() <= h.to() + TOLERANCE
              && h.at() >= v.from() - TOLERANCE
              && h.at() <= v.to() + TOLERANCE) {
            union(parent, i, hs.size() + j);
          }
        }
      }
      Map<Integer, List<Integer>> groups = new HashMap<>();
      for (int i = 0; i < n; i++) {
        groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
      }
      List<Found> found = new ArrayList<>();
      for (List<Integer> members : groups.values()) {
        List<Segment> th = new ArrayList<>();
        List<Segment> tv = new ArrayList<>();
        for (int m : members) {
          if (m < hs.size()) {
            th.add(hs.get(m));
          } else {
            tv.add(vs.get(m - hs.size()));
          }
        }
        if (th.size() >= 2 && tv.size() >= 2) {
          Found f = table(p, th, tv);
          if (f != null) {
            found.add(f);
          }
        }
      }
      found.sort(Comparator.comparingDouble(Found::top));
      return found;
    }

    private Found table(Page p, List<Segment> hs, List<Segment> vs) {
      List<Float> ys = positions(hs);
      List<Float> xs = positions(vs);
      int rows = ys.size() - 1;
      int cols = xs.size() - 1;
      if (rows < 1 || cols < 1) {
        return null;
      }
      int[] parent = new int[rows * cols];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (int r = 0; r < rows; r++) {
        float midY = (ys.get(r) + ys.get(r + 1)) / 2;
        for (int c = 0; c + 1 < cols; c++) {
          if (!covered(vs, xs.get(c + 1), midY)) {
            union(parent, r * cols + c, r * cols + c + 1);
          }
        }
      }
      for (int c = 0; c < cols; c++) {
        float midX = (xs.get(c) + xs.get(c + 1)) / 2;
        for (int r = 0; r + 1 < rows; r++) {
          if (!covered(hs, ys.get(r + 1), midX)) {
            union(parent, r * cols + c, (r + 1) * cols + c);
          }
        }
      }
      int[][] box = new int[rows * cols][];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int root = find(parent, r * cols + c);
          int[] b = box[root];
          if (b == null) {
            box[root] = new int[] {r, c, r, c};
          } else {
            b[0] = Math.min(b[0], r);
            b[1] = Math.min(b[1], c);
            b[2] = Math.max(b[2], r);
            b[3] = Math.max(b[3], c);
          }
        }
      }
      float top = ys.get(0);
      float bottom = ys.get(rows);
      float leftX = xs.get(0);
      float rightX = xs.get(cols);
      Map<Integer, List<Glyph>> glyphsOf = new HashMap<>();
      for (Glyph g : p.glyphs) {
        float cx = g.centerX();
        float cy = g.centerY();
        if (cx < leftX || cx > rightX || cy < top || cy > bottom || g.text().isBlank()) {
          continue;
        }
        int r = slot(ys, cy);
        int c = slot(xs, cx);
        glyphsOf.computeIfAbsent(find(parent, r * cols + c), k -> new ArrayList<>()).add(g);
      }
      int number = ++tables;
      List<List<DocumentContent.Cell>> out = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        List<DocumentContent.Cell> row = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
          int root = find(parent, r * cols + c);
          int[] b = box[root];
          if (b[0] != r || b[1] != c) {
            continue;
          }
          List<Glyph> gs = glyphsOf.getOrDefault(root, List.of());
          String text = String.join("\n", lines(gs).stream().map(Line::text).toList());
          float x = gs.stream().map(Glyph::x).min(Float::compare).orElse(xs.get(c));
          float y = gs.stream().map(Glyph::top).min(Float::compare).orElse(ys.get(r));
          row.add(
              new DocumentContent.Cell(
                  text,
                  b[2] - b[0] + 1,
                  b[3] - b[1] + 1,
                  CellSource.builder()
                      .format(DocumentFormat.PDF)
                      .page(p.number)
                      .x(x)
                      .y(y)
                      .table(number)
                      .row(r + 1)
                      .column(c + 1)
                      .rawText(text.replace('\n', ' '))
                      .build()));
        }
        out.add(row);
      }
      return new Found(top, leftX, rightX, bottom, new DocumentContent.Table(out));
    }

    private static int slot(List<Float> bounds, float v) {
      for (int i = 0; i + 1 < bounds.size(); i++) {
        if (v <= bounds.get(i + 1)) {
          return i;
        }
      }
      return bounds.size() - 2;
    }

    private static boolean covered(List<Segment> segments, float at, float point) {
      for (Segment s : segments) {
        if (Math.abs(s.at() - at) <= TOLERANCE
            && point >= s.from() - TOLERANCE
            && point <= s.to() + TOLERANCE) {
          return true;
        }
      }
      return false;
    }

    /** The distinct positions of segments, close ones taken as one. */
    private static List<Float> positions(List<Segment> segments) {
      List<Float> at = new ArrayList<>(segments.stream().map(Segment::at).sorted().toList());
      List<Float> out = new ArrayList<>();
      for (float a : at) {
        if (out.isEmpty() || a - out.get(out.size() - 1) > TOLERANCE) {
          out.add(a);
        }
      }
      return out;
    }

    /** Joins collinear segments that overlap or touch. */
    private static List<Segment> mergeSegments(List<Segment> segments) {
      List<Segment> sorted = new ArrayList<>(segments);
      sorted.sort(Comparator.comparingDouble(Segment::at).thenComparingDouble(Segment::from));
      List<Segment> out = new ArrayList<>();
      for (Segment s : sorted) {
        boolean merged = false;
        for (int i = out.size() - 1; i >= 0 && s.at() - out.get(i).at() <= TOLERANCE; i--) {
          Segment o = out.get(i);
          if (s.from() <= o.to() + TOLERANCE && s.to() >= o.from() - TOLERANCE) {
            out.set(i, new Segment(o.at(), Math.min(o.from(), s.from()), Math.max(o.to(), s.to())));
            merged = true;
            break;
          }
        }
        if (!merged) {
          out.add(s);
        }
      }
      return out;
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private static void union(int[] parent, int a, int b) {
      parent[find(parent, a)] = find(parent, b);
    }
  }
}
