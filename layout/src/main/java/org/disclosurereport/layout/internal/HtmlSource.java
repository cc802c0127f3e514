package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurereport.document.CellSource;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML page into the grid of cell texts the {@link TableRecognizer} reads, and collects
 * the lines where the page's metadata may be printed.
 *
 * <p>A government page wraps the report in navigation, a metadata box, scripts and a footer. The
 * report's body is taken to be the smallest element holding every section heading and every table
 * with a label of the format; only it is read as the report, while the metadata is looked for on
 * the whole page. Scripts, styles and hidden elements are never read. A table that holds no other
 * table is a data table: its cells are placed on a {@link Grid} so each has its row and column;
 * other tables only lay the page out and are read as blocks of text.
 */
public final class HtmlSource {
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "select",
          "input",
          "textarea",
          "head");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "main",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "blockquote",
          "pre",
          "dl",
          "dt",
          "dd",
          "center",
          "form",
          "address",
          "figure",
          "figcaption",
          "hr",
          "body",
          "html");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * Where a section heading is a link of the site, not a heading of the report. Parsed once:
   * closest() with a string parses its query on every call, and it is called per element.
   */
  private static final Evaluator NAVIGATION =
      QueryParser.parse("a, nav, header, footer, aside, select");

  /** The {@code name} of a {@code <meta>} holding the title, or the publication date. */
  private static final Pattern TITLE_META = Pattern.compile("(?i)^(ArticleTitle|title)$");

  private static final Pattern DATE_META = Pattern.compile("(?i)^(PubDate|pubdate)$");

  /** The {@code <meta>} elements of declared metadata, parsed once. */
  private static final Evaluator DECLARED_META =
      QueryParser.parse("meta[name^=" + DeclaredMetadata.PREFIX + "]");

  /**
   * Writes each run of white space ({@code [\\s\\u00a0\\u3000]+}: ASCII white space, no-break and
   * ideographic spaces) as one space; the text itself when there is nothing to change.
   */
  static String collapseSpaces(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n);
    b.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        b.append(' ');
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00a0'
        || c == '\u3000';
  }

  private final Document document;
  private final List<Element> allTables;

  /** The body's {@code <iframe>} elements as parsed, in document order. */
  private final List<Element> bodyFrames;

  private final List<SourceCell> cells = new ArrayList<>();
  private final List<String> pageLines = new ArrayList<>();
  private int lineKey;

  /**
   * Whether the page declares its metadata, as a rendered page does: its elements marked as
   * narrative ({@link RenderedText#ATTRIBUTE}) are then literal text.
   */
  private boolean rendered;

  /**
   * What was read from a page.
   *
   * @param cells the grid of cell texts of the report's body
   * @param pageLines the lines of the whole page, for the metadata
   * @param titleCandidates texts that may be the report's title, best first
   * @param pageTitle the page's {@code <title>}, a last resort for the report's title
   * @param declared the metadata the page declares in machine-readable form
   */
  public record Page(
      List<SourceCell> cells,
      List<String> pageLines,
      List<String> titleCandidates,
      String pageTitle,
      DeclaredMetadata.Read declared) {}

  private HtmlSource(String html) {
    // Without tracking positions: that would cost about as much as the parse. The cells' lines
    // are found again, by a parse that tracks them, only when asked (Positions).
    this.document = Jsoup.parse(html, "", Parser.htmlParser());
    this.allTables = new ArrayList<>();
    this.bodyFrames = new ArrayList<>();
    tablesAndFrames(document, document.body(), false);
    this.positions = new Positions(html);
  }

  /**
   * Reads a page.
   *
   * @param html the page, whole or only the report's body
   * @return what was read
   */
  public static Page read(String html) {
    return read(html, Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 8);
  }

  /**
   * Reads a page with at most a number of table cells and rows and of tables.
   *
   * @param html the page, whole or only the report's body
   * @param maxCells the most table cells, and the most rows, read; twenty times it bounds the grid
   *     positions the spans of all tables cover together
   * @param maxTables the most tables read
   * @return what was read
   * @throws InputLimitException if the page has more, found by a linear scan before parsing
   */
  public static Page read(String html, int maxCells, int maxTables) {
    checkMarkup(html, maxCells, maxTables);
    HtmlSource source = new HtmlSource(html);
    source.spannedBudget = 20L * maxCells;
    source.maxCells = maxCells;
    return source.page();
  }

  /** Grid positions the spans of the tables read so far may still cover. */
  private long spannedBudget = Long.MAX_VALUE;

  private int maxCells = Integer.MAX_VALUE;

  /**
   * Counts the start tags of cells, rows and tables in one pass over the markup, before the parser
   * builds anything: a page with a million cells is refused at the cost of reading it once.
   */
  static void checkMarkup(String html, int maxCells, int maxTables) {
    long cellTags = 0;
    long rowTags = 0;
    long tableTags = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i + 3 < n; i = html.indexOf('<', i + 1)) {
      char a = Character.toLowerCase(html.charAt(i + 1));
      char b = Character.toLowerCase(html.charAt(i + 2));
      char after = html.charAt(i + 3);
      if (a == 't') {
        boolean ends = after == '>' || after == '/' || Character.isWhitespace(after);
        if ((b == 'd' || b == 'h') && ends) {
          if (++cellTags > maxCells) {
            throw new InputLimitException("table cells", "表格单元格", maxCells, "maxCells");
          }
        } else if (b == 'r' && ends) {
          if (++rowTags > maxCells) {
            throw new InputLimitException("table rows", "表格行", maxCells, "maxCells");
          }
        } else if (b == 'a'
            && html.regionMatches(true, i + 1, "table", 0, 5)
            && i + 6 < n
            && !Character.isLetterOrDigit(html.charAt(i + 6))) {
          if (++tableTags > maxTables) {
            throw new InputLimitException("tables", "表格", maxTables, "maxTables");
          }
        }
      }
    }
  }

  private Page page() {
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    for (Element meta : document.head().select(DECLARED_META)) {
      fields.putIfAbsent(
          meta.attr("name").substring(DeclaredMetadata.PREFIX.length()), meta.attr("content"));
    }
    DeclaredMetadata.Read declared = new DeclaredMetadata.Read(fields);
    rendered = declared.declared();
    Element body = document.body();
    inlineFrames(bodyFrames, 0, false);
    removeHidden(body);
    List<Element> elements = elements(body);
    bodyElements = elements;
    Element report = reportBody(body, elements);
    new Walker(true).walk(report);
    if (!slots.isEmpty()) {
      // Under the lock the positions are asked under, so that a cell read on another thread
      // sees its place.
      synchronized (positions) {
        for (int i = 0; i < elements.size(); i++) {
          Slot slot = slots.get(elements.get(i));
          if (slot != null) {
            slot.index = i;
          }
        }
      }
    }
    Walker lines = new Walker(false);
    lines.walk(body);
    List<String> titles = new ArrayList<>();
    for (Element e : elements) {
      if (!isTitleCandidate(e)) {
        continue;
      }
      String text = e.text().strip();
      if (!text.isEmpty() && text.length() <= 120 && !titles.contains(text)) {
        titles.add(text);
      }
    }
    for (Element meta : metaElements(body, elements)) {
      // The title's and the date's <meta>, wherever they are, in one pass over the elements.
      if (!meta.hasAttr("name")) {
        continue;
      }
      String name = meta.attr("name");
      if (TITLE_META.matcher(name).find()) {
        titles.add(meta.attr("content").strip());
      }
      if (DATE_META.matcher(name).find()) {
        pageLines.add(PageMetadata.PUBLICATION_DATE + "：" + meta.attr("content").strip());
      }
    }
    return new Page(cells, pageLines, titles, document.title(), declared);
  }

  /**
   * The page's {@code <meta>} elements, in document order: those of the head and those among the
   * body's elements already listed, when the page is a head and a body, as a parsed page almost
   * always is; otherwise found by a search of the whole document.
   */
  private List<Element> metaElements(Element body, List<Element> bodyElements) {
    Element html = document.children().size() == 1 ? document.child(0) : null;
    if (html == null
        || html.children().size() != 2
        || html.child(0) != document.head()
        || html.child(1) != body) {
      return document.getElementsByTag("meta");
    }
    List<Element> metas = elements(document.head(), "meta");
    for (Element e : bodyElements) {
      if (e.normalName().equals("meta")) {
        metas.add(e);
      }
    }
    return metas;
  }

  /**
   * Whether an element may hold the report's title: {@code h1} to {@code h3}, or an element whose
   * class or id contains {@code title} (in any case).
   */
  private static boolean isTitleCandidate(Element e) {
    String tag = e.normalName();
    if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    return containsTitle(e, "class") || containsTitle(e, "id");
  }

  private static boolean containsTitle(Element e, String attribute) {
    if (!e.hasAttr(attribute)) {
      return false;
    }
    // As lowering the value and looking for "title" would: only ASCII letters lower to its
    // letters (no single character does, and String.regionMatches would match the dotted and
    // the dotless i).
    String value = e.attr(attribute);
    outer:
    for (int i = 0; i + 5 <= value.length(); i++) {
      for (int k = 0; k < 5; k++) {
        if (lowerAscii(value.charAt(i + k)) != "title".charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The element and every element under it, in document order: made once, without jsoup's iterator,
   * and walked by each question asked of the page's elements.
   */
  private static List<Element> elements(Element root) {
    return elements(root, null);
  }

  /**
   * {@link #elements(Element)} with one tag name only.
   *
   * @param tag the normal (lower-case) name, or null for every element
   */
  private static List<Element> elements(Element root, String tag) {
    List<Element> all = new ArrayList<>();
    collect(root, tag, all);
    return all;
  }

  /**
   * Adds an element and those under it, in document order. Recursive, as the walks of the page are:
   * the parser bounds how deep elements nest.
   */
  private static void collect(Element e, String tag, List<Element> all) {
    if (tag == null || e.normalName().equals(tag)) {
      all.add(e);
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        collect(child, tag, all);
      }
    }
  }

  /**
   * Lists the page's tables and the body's frames as parsed, in document order, in one walk of the
   * page.
   */
  private void tablesAndFrames(Element e, Element body, boolean inBody) {
    boolean under = inBody || e == body;
    String tag = e.normalName();
    if (tag.equals("table")) {
      allTables.add(e);
    } else if (under && tag.equals("iframe")) {
      bodyFrames.add(e);
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        tablesAndFrames(child, body, under);
      }
    }
  }

  /** How deep frames inside frames are followed. */
  private static final int MAX_FRAME_DEPTH = 3;

  /**
   * Puts the content of each {@code <iframe srcdoc>} in place of the frame: pages that embed the
   * report that way show it, so it is read. Frames loaded from elsewhere ({@code src}) are not
   * fetched.
   */
  private static void inlineFrames(List<Element> frames, int depth, boolean trackPositions) {
    if (depth >= MAX_FRAME_DEPTH) {
      return;
    }
    for (Element frame : frames) {
      if (!frame.hasAttr("srcdoc")) {
        continue;
      }
      Document inner =
          Jsoup.parse(
              frame.attr("srcdoc"), "", Parser.htmlParser().setTrackPosition(trackPositions));
      Element holder = new Element("div");
      for (Node child : new ArrayList<>(inner.body().childNodes())) {
        holder.appendChild(child);
      }
      inlineFrames(elements(holder, "iframe"), depth + 1, trackPositions);
      frame.replaceWith(holder);
    }
  }

  private static void removeHidden(Element root) {
    List<Element> hidden = new ArrayList<>();
    java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      if (isHidden(e)) {
        // Nothing under it is read either.
        hidden.add(e);
        continue;
      }
      for (int i = e.childNodeSize() - 1; i >= 0; i--) {
        if (e.childNode(i) instanceof Element child) {
          stack.push(child);
        }
      }
    }
    for (Element e : hidden) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean isHidden(Element e) {
    if (SKIPPED.contains(e.normalName())) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    return e.hasAttr("hidden") || styleHides(e.attr("style"));
  }

  /**
   * Whether a style, without its spaces and in lower case, holds {@code display:none} or {@code
   * visibility:hidden}; found without copying the style (a word processor's pages style every
   * element): at each colon, the words before and after it are compared in place, skipping spaces.
   * Only ASCII letters are lowered: no other character lowers to one of these words'.
   */
  static boolean styleHides(String style) {
    for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
      if ((endsWith(style, colon, "display") && startsWith(style, colon + 1, "none"))
          || (endsWith(style, colon, "visibility") && startsWith(style, colon + 1, "hidden"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text before {@code end}, spaces skipped and lowered, ends with a word. */
  private static boolean endsWith(String text, int end, String word) {
    int i = end - 1;
    for (int k = word.length() - 1; k >= 0; k--, i--) {
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      if (i < 0 || lowerAscii(text.charAt(i)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text from {@code start}, spaces skipped and lowered, starts with a word. */
  private static boolean startsWith(String text, int start, String word) {
    int i = start;
    int n = text.length();
    for (int k = 0; k < word.length(); k++, i++) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n || lowerAscii(text.charAt(i)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The smallest element holding every section heading and every table of the format. */
  private Element reportBody(Element body, List<Element> elements) {
    LabelIndex index = LabelIndex.get();
    List<Element> anchors = new ArrayList<>();
    for (Element table : elements) {
      if (table.normalName().equals("table") && isDataTable(table) && hasLabelCell(table, index)) {
        anchors.add(table);
      }
    }
    for (Element e : elements) {
      if (!hasOwnText(e) || ownTextLonger(e, 40)) {
        continue;
      }
      String own = e.ownText();
      if (own.isBlank() || own.length() > 40) {
        continue;
      }
      if (!hasAtMostVisible(e, 40)) {
        continue;
      }
      String text = e.text();
      if (text.length() <= 40
          && index.match(text).section().isPresent()
          && e.closest(NAVIGATION) == null) {
        anchors.add(e);
      }
    }
    if (anchors.isEmpty()) {
      return body;
    }
    List<Element> common = new ArrayList<>(anchors.get(0).parents());
    java.util.Collections.reverse(common);
    common.add(anchors.get(0));
    for (Element anchor : anchors.subList(1, anchors.size())) {
      List<Element> path = new ArrayList<>(anchor.parents());
      java.util.Collections.reverse(path);
      path.add(anchor);
      int n = 0;
      while (n < common.size() && n < path.size() && common.get(n) == path.get(n)) {
        n++;
      }
      common = common.subList(0, n);
    }
    Element lca = common.isEmpty() ? body : common.get(common.size() - 1);
    while (lca != body) {
      Element table = closestTable(lca);
      if (table == null || !isDataTable(table) || table.parent() == null) {
        break;
      }
      lca = table.parent();
    }
    return lca;
  }

  /**
   * The element itself or its nearest ancestor that is a {@code <table>}, or null: what {@code
   * closest("table")} gives, without parsing the query on every call.
   */
  private static Element closestTable(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals("table")) {
        return p;
      }
    }
    return null;
  }

  /** Whether a cell of a table (its own or a nested one's) is a label of the format. */
  private static boolean hasLabelCell(Element table, LabelIndex index) {
    for (Element c : elements(table)) {
      String tag = c.normalName();
      if (tag.equals("td") || tag.equals("th")) {
        String text = c.text();
        if (text.length() <= 200 && index.match(text).found()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an element has a text node of its own that is not all white space: what {@link
   * Element#ownText()} needs to be other than blank, asked without making it.
   */
  private static boolean hasOwnText(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element's own text ({@link Element#ownText()}) is certainly longer than {@code max}
   * characters: its own text nodes hold more characters that the text keeps as they are. Asked
   * before making the own text of every paragraph only to find it too long.
   */
  private static boolean ownTextLonger(Element e, int max) {
    int visible = 0;
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode t) {
        String text = t.getWholeText();
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          // Above a space: never trimmed from the own text's ends either.
          if (c > ' ' && keptByText(c) && ++visible > max) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a table holds no other table. The tables that do are found once, on first use (after
   * hidden content is gone), by walking up from every table, rather than by searching each table's
   * subtree for tables.
   */
  private boolean isDataTable(Element table) {
    if (outerTables == null) {
      outerTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      // Only tables of the body are asked about, and an outer table is always above one of the
      // body's tables: the body's element list, made already, holds every table that matters.
      for (Element t : bodyElements == null ? document.getElementsByTag("table") : bodyElements) {
        if (!t.normalName().equals("table")) {
          continue;
        }
        for (Element p = t.parent(); p != null; p = p.parent()) {
          if (p.normalName().equals("table")) {
            outerTables.add(p);
          }
        }
      }
    }
    return !outerTables.contains(table);
  }

  /**
   * Whether an element's text could be at most {@code max} characters long: false as soon as its
   * text nodes hold more characters that {@link Element#text()} keeps as they are (all but white
   * space and invisible ones); so that the whole text of a large element is not made only to be
   * found too long.
   */
  private static boolean hasAtMostVisible(Element e, int max) {
    int[] visible = {0};
    org.jsoup.select.NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String text = t.getWholeText();
              for (int i = 0; i < text.length(); i++) {
                if (keptByText(text.charAt(i)) && ++visible[0] > max) {
                  return FilterResult.STOP;
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return visible[0] <= max;
  }

  /** Whether {@link Element#text()} keeps a character as it is: not white space, not invisible. */
  private static boolean keptByText(char c) {
    return c != ' '
        && c != '\t'
        && c != '\n'
        && c != '\f'
        && c != '\r'
        && c != '\u00a0'
        && c != '\u200b'
        && c != '\u00ad';
  }

  /** The cells' elements, each with the place its line will be asked of. */
  private final Map<Element, Slot> slots = new IdentityHashMap<>();

  private final Positions positions;

  /** Where an element starts, to be found when first asked; null for no element. */
  private SourcePosition position(Element element) {
    return element == null
        ? null
        : slots.computeIfAbsent(element, e -> new Slot(positions)).position;
  }

  private static CellSource.Builder at(CellSource.Builder b, SourcePosition position) {
    return position == null ? b : b.position(position);
  }

  /**
   * The lines and columns of the page's elements, found when one is first asked for: by parsing the
   * page again, this time tracking positions, and preparing it as it was prepared for reading
   * (frames put in place, hidden elements removed), which gives the same elements in the same
   * order. Until then only the page's text is kept, not its tree.
   */
  private static final class Positions {
    private String html;
    private int[] lines;
    private int[] columns;

    Positions(String html) {
      this.html = html;
    }

    synchronized SourcePosition at(Slot slot) {
      int index = slot.index;
      resolve();
      return index < 0 || lines[index] == 0
          ? SourcePosition.none()
          : SourcePosition.of(lines[index], columns[index]);
    }

    private void resolve() {
      if (lines != null) {
        return;
      }
      Document tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
      Element body = tracked.body();
      inlineFrames(elements(body, "iframe"), 0, true);
      removeHidden(body);
      List<Element> elements = elements(body);
      int[] l = new int[elements.size()];
      int[] c = new int[elements.size()];
      for (int i = 0; i < l.length; i++) {
        Range range = elements.get(i).sourceRange();
        if (range.isTracked()) {
          l[i] = range.start().lineNumber();
          c[i] = range.start().columnNumber();
        }
      }
      lines = l;
      columns = c;
      html = null;
    }
  }

  /**
   * One element's position: its place among the body's elements once the page is prepared, set when
   * the page has been walked, before any cell is handed out, and read, as it is set, under the lock
   * of the positions.
   */
  private static final class Slot {
    private int index = -1;

    /** Asks the positions for this slot's place the first time the line is wanted. */
    final SourcePosition position;

    Slot(Positions positions) {
      this.position = SourcePosition.whenAsked(() -> positions.at(this));
    }
  }

  /**
   * Walks the page in document order, turning blocks into lines. With {@code cells}, data tables
   * become table cells and every line a cell of the grid; without, every table row is a line of the
   * page (for metadata boxes laid out as tables).
   */
  private final class Walker {
    private final boolean asCells;
    private final StringBuilder buffer = new StringBuilder();
    private Element bufferStart;
    private boolean bufferHeading;
    private int headingDepth;
    private boolean literal;

    Walker(boolean asCells) {
      this.asCells = asCells;
    }

    void walk(Node node) {
      if (node instanceof TextNode t) {
        String text = collapseSpaces(t.getWholeText());
        if (!text.isBlank() || buffer.length() > 0) {
          if (buffer.length() == 0 && !text.isBlank()) {
            bufferStart = t.parent();
            bufferHeading = headingDepth > 0;
          }
          buffer.append(text);
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      if (asCells && tag.equals("table") && isDataTable(e)) {
        flush();
        table(e);
        return;
      }
      boolean cell = tag.equals("td") || tag.equals("th");
      boolean block = BLOCKS.contains(tag) && (asCells || !cell);
      if (block) {
        flush();
      }
      if (!asCells && cell) {
        buffer.append(' ');
      }
      boolean heading = HEADINGS.contains(tag);
      if (heading) {
        headingDepth++;
      }
      boolean narrative = asCells && rendered && !literal && e.hasAttr(RenderedText.ATTRIBUTE);
      if (narrative) {
        flush();
        literal = true;
      }
      for (int i = 0, n = e.childNodeSize(); i < n; i++) {
        walk(e.childNode(i));
      }
      if (narrative) {
        flush();
        literal = false;
      }
      if (heading) {
        headingDepth--;
      }
      if (block) {
        flush();
      }
    }

    private void flush() {
      String text = buffer.toString().strip();
      buffer.setLength(0);
      if (text.isEmpty()) {
        return;
      }
      if (!asCells) {
        pageLines.add(text);
        return;
      }
      CellSource origin =
          at(CellSource.builder(), position(bufferStart))
              .format(DocumentFormat.HTML)
              .rawText(text)
              .build();
      cells.add(
          new SourceCell(
              text, origin, lineKey++, text, true, true, false, bufferHeading, List.of(), literal));
    }

    private void table(Element table) {
      int tableNumber = indexOf(table) + 1;
      List<Element> captions = new ArrayList<>(1);
      List<Element> trs = new ArrayList<>();
      captionsAndRows(table, captions, trs);
      for (Element caption : captions) {
        buffer.append(caption.text());
        bufferStart = caption;
        bufferHeading = false;
        flush();
      }
      List<List<Grid.Input<Element>>> rows = new ArrayList<>(trs.size());
      for (Element tr : trs) {
        List<Grid.Input<Element>> row = new ArrayList<>();
        for (int i = 0, n = tr.childNodeSize(); i < n; i++) {
          if (tr.childNode(i) instanceof Element cell
              && (cell.normalName().equals("td") || cell.normalName().equals("th"))) {
            row.add(new Grid.Input<>(cell, span(cell, "rowspan"), span(cell, "colspan")));
          }
        }
        rows.add(row);
      }
      long area = 0;
      for (List<Grid.Input<Element>> row : rows) {
        for (Grid.Input<Element> in : row) {
          area +=
              (long) Math.min(Math.max(in.rowSpan(), 1), Grid.MAX_SPAN)
                  * Math.min(Math.max(in.colSpan(), 1), Grid.MAX_SPAN);
        }
      }
      spannedBudget -= Math.min(area, Grid.MAX_SPANNED_AREA);
      if (spannedBudget < 0) {
        throw new InputLimitException(
            "grid positions covered by spans", "合并单元格覆盖的位置", 20L * maxCells, "maxCells");
      }
      Grid<Element> grid = Grid.of(rows);
      for (int r = 0; r < grid.height(); r++) {
        boolean first = true;
        for (Grid.Placed<Element> placed : grid.cellsStartingIn(r)) {
          String text = cellText(placed.content());
          CellSource origin =
              at(CellSource.builder(), position(placed.content()))
                  .format(DocumentFormat.HTML)
                  .table(tableNumber)
                  .row(placed.row() + 1)
                  .column(placed.column() + 1)
                  .rawText(text.replace('\n', ' '))
                  .build();
          cells.add(
              new SourceCell(
                  text,
                  origin,
                  lineKey++,
                  text.replace('\n', ' '),
                  first,
                  first,
                  false,
                  false,
                  List.of()));
          first = false;
        }
      }
    }
  }

  private final Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
  private Set<Element> outerTables;

  /** The body's elements once hidden ones are gone, in document order; null before. */
  private List<Element> bodyElements;

  private int indexOf(Element table) {
    if (tableNumbers.isEmpty()) {
      for (int i = 0; i < allTables.size(); i++) {
        tableNumbers.put(allTables.get(i), i);
      }
    }
    return tableNumbers.getOrDefault(table, 0);
  }

  /** The captions and the rows of a table, each in document order, in one walk of it. */
  private static void captionsAndRows(Element e, List<Element> captions, List<Element> rows) {
    String tag = e.normalName();
    if (tag.equals("caption")) {
      captions.add(e);
    } else if (tag.equals("tr")) {
      rows.add(e);
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        captionsAndRows(child, captions, rows);
      }
    }
  }

  private static int span(Element cell, String attribute) {
    if (cell.attributesSize() == 0) {
      return 1;
    }
    String value = cell.attr(attribute).strip();
    int end = 0;
    while (end < value.length() && end < 6 && Character.isDigit(value.charAt(end))) {
      end++;
    }
    if (end == 0) {
      return 1;
    }
    return Integer.parseInt(value.substring(0, end));
  }

  /**
   * The text of a table cell, its line breaks ({@code <br>}, paragraphs) kept as {@code \n}: each
   * line with its runs of white space written as one space ({@link #collapseSpaces}) and stripped,
   * empty lines left out. Made in one pass over the gathered text rather than line by line.
   */
  private static String cellText(Element cell) {
    StringBuilder b = new StringBuilder();
    appendText(cell, b);
    int n = b.length();
    StringBuilder out = new StringBuilder(n);
    for (int start = 0; start <= n; ) {
      int end = b.indexOf("\n", start);
      if (end < 0) {
        end = n;
      }
      // Stripping the collapsed line is stripping the line of both kinds of space first: a run
      // of spaces becomes one space, which the strip removes as it would the run.
      int from = start;
      int to = end;
      while (from < to && isSpaceOrWhitespace(b.charAt(from))) {
        from++;
      }
      while (to > from && isSpaceOrWhitespace(b.charAt(to - 1))) {
        to--;
      }
      if (from < to) {
        if (out.length() > 0) {
          out.append('\n');
        }
        for (int i = from; i < to; ) {
          char c = b.charAt(i);
          if (isSpace(c)) {
            out.append(' ');
            while (i < to && isSpace(b.charAt(i))) {
              i++;
            }
          } else {
            out.append(c);
            i++;
          }
        }
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** What {@link #collapseSpaces} joins or {@link String#strip()} removes. */
  private static boolean isSpaceOrWhitespace(char c) {
    return isSpace(c) || Character.isWhitespace(c);
  }

  private static void appendText(Node node, StringBuilder b) {
    if (node instanceof TextNode t) {
      String text = t.getWholeText();
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        b.append(c == '\n' ? ' ' : c);
      }
    } else if (node instanceof Element e) {
      if (e.normalName().equals("br")) {
        b.append('\n');
        return;
      }
      boolean block = BLOCKS.contains(e.normalName());
      if (block) {
        b.append('\n');
      }
      for (int i = 0, n = e.childNodeSize(); i < n; i++) {
        appendText(e.childNode(i), b);
      }
      if (block) {
        b.append('\n');
      }
    }
  }
}
