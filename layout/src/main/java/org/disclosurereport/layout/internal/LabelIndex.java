package org.disclosurereport.layout.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.EditionSpec;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.SectionSpec;
import org.disclosurereport.edition.TableSpec;

/**
 * Every label of both editions, in {@link LabelNormalizer comparison form}, with what it names: a
 * section heading, a table caption, the heading over the row labels, the corner note, a column or a
 * row. Built once from the edition descriptions; nothing here writes a label itself.
 *
 * <p>Matching tries, in order: the whole label; the label without a trailing note (Hubei's {@code
 * 本年增/减(指2020年…)}); and the same two against the official labels without their own notes ({@code
 * 本年收费金额} for {@code 本年收费金额（单位：万元）}). The first that finds anything wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelIndex {
  /** What a label names. */
  public enum Kind {
    /** One of the six section headings (or a variant real reports print). */
    SECTION_HEADING,
    /** A table caption such as {@code 第二十条第（一）项}. */
    CAPTION,
    /** The heading printed over the row labels, {@code 信息内容}. */
    ROW_HEADER,
    /** The note in the corner of section 三. */
    CORNER,
    /** A column heading, leaf or group. */
    COLUMN,
    /** A row heading, leaf or group. */
    ROW
  }

  /**
   * One thing a label names in one edition.
   *
   * @param edition the edition
   * @param kind what is named
   * @param section the section it belongs to
   * @param table the table key, null for a section heading
   * @param node the heading, for rows and columns; null otherwise
   * @param alias whether the match was on an alias (a known misprint) rather than the label
   */
  public record Hit(
      Edition edition, Kind kind, SectionId section, String table, AxisNode node, boolean alias) {}

  /**
   * The result of matching a printed label. What the readers ask of a match (the section heading
   * named, the hits in one edition) is worked out once, when the match is made: matches are cached
   * and the same labels are printed in every report.
   */
  public static final class Match {
    /** A match that found nothing. */
    public static final Match NONE = new Match("", List.of(), null);

    private final String key;
    private final List<Hit> hits;
    private final String note;
    private final Optional<SectionId> section;
    private final Map<Edition, List<Hit>> byEdition = new EnumMap<>(Edition.class);

    /**
     * Makes a match.
     *
     * @param key the comparison form that matched
     * @param hits what it names, in all editions
     * @param note the trailing note that was split off, or null
     */
    public Match(String key, List<Hit> hits, String note) {
      this.key = Objects.requireNonNull(key, "key");
      this.hits = List.copyOf(hits);
      this.note = note;
      Optional<SectionId> heading = Optional.empty();
      for (Hit h : this.hits) {
        if (h.kind() == Kind.SECTION_HEADING) {
          heading = Optional.of(h.section());
          break;
        }
      }
      this.section = heading;
      for (Edition e : Edition.values()) {
        List<Hit> own = new ArrayList<>();
        for (Hit h : this.hits) {
          if (h.edition() == e) {
            own.add(h);
          }
        }
        byEdition.put(e, List.copyOf(own));
      }
    }

    /**
     * Returns the comparison form that matched.
     *
     * @return the key, empty for {@link #NONE}
     */
    public String key() {
      return key;
    }

    /**
     * Returns what the label names, in all editions.
     *
     * @return the hits
     */
    public List<Hit> hits() {
      return hits;
    }

    /**
     * Returns the trailing note that was split off.
     *
     * @return the note, or null
     */
    public String note() {
      return note;
    }

    /**
     * Returns the hits in one edition.
     *
     * @param edition the edition
     * @return the hits, possibly empty
     */
    public List<Hit> in(Edition edition) {
      return byEdition.get(edition);
    }

    /**
     * Whether anything was found.
     *
     * @return true when there is at least one hit
     */
    public boolean found() {
      return !hits.isEmpty();
    }

    /**
     * Returns the section heading named, if that is what the label is.
     *
     * @return the section
     */
    public Optional<SectionId> section() {
      return section;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Match m
          && key.equals(m.key)
          && hits.equals(m.hits)
          && Objects.equals(note, m.note);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, hits, note);
    }

    @Override
    public String toString() {
      return "Match[key=" + key + ", hits=" + hits + ", note=" + note + "]";
    }
  }

  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+、(.+)$");
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final LabelIndex INSTANCE = new LabelIndex();

  /** Matches already made: the same labels are printed in every report. Bounded. */
  private static final int CACHE_LIMIT = 20_000;

  private final Map<String, Match> cache = new ConcurrentHashMap<>();
  private final Map<String, List<Hit>> exact = new LinkedHashMap<>();
  private final Map<String, List<Hit>> stems = new LinkedHashMap<>();
  private final Map<Edition, Set<String>> markers = new EnumMap<>(Edition.class);

  /** The length of the longest key, with or without its note: no longer text can be a label. */
  private final int longestKey;

  /** Whether some key is plain digits; none is, so text of plain digits is never looked up. */
  private final boolean digitsOnlyKey;

  /**
   * For each character, whether its NFKC form holds {@code (}: 0 not yet known, 1 no, 2 yes. Filled
   * as characters are met (a race only computes an entry twice).
   */
  private static final byte[] PARENTHESIS = new byte[Character.MAX_VALUE + 1];

  private LabelIndex() {
    for (Edition e : Edition.values()) {
      EditionSpec spec = e.spec();
      for (SectionSpec s : spec.sections()) {
        Hit hit = new Hit(e, Kind.SECTION_HEADING, s.id(), null, null, false);
        add(s.numberedHeading(), hit);
        add(s.heading(), hit);
        for (String variant : s.headingVariants()) {
          add(variant, hit);
          add(s.number() + "、" + variant, hit);
        }
      }
      for (TableSpec t : spec.tables()) {
        t.caption()
            .ifPresent(c -> add(c, new Hit(e, Kind.CAPTION, t.section(), t.key(), null, false)));
        t.rowHeaderLabel()
            .ifPresent(l -> add(l, new Hit(e, Kind.ROW_HEADER, t.section(), t.key(), null, false)));
        t.cornerNote()
            .ifPresent(
                c -> {
                  Hit hit = new Hit(e, Kind.CORNER, t.section(), t.key(), null, false);
                  add(c, hit);
                  String n = LabelNormalizer.normalize(c);
                  if (n.startsWith("(") && n.endsWith(")")) {
                    put(exact, n.substring(1, n.length() - 1), hit);
                  }
                });
        addAxis(e, t, t.columns(), Kind.COLUMN);
        addAxis(e, t, t.rows(), Kind.ROW);
      }
    }
    for (Edition e : Edition.values()) {
      Set<String> own = new HashSet<>();
      Set<String> other = new HashSet<>();
      exact.forEach(
          (key, hits) -> {
            for (Hit h : hits) {
              if (h.edition() != e) {
                other.add(key);
              } else if (!h.alias() && h.kind() != Kind.SECTION_HEADING) {
                own.add(key);
              }
            }
          });
      own.removeAll(other);
      markers.put(e, Set.copyOf(own));
    }
    int longest = 0;
    for (String key : exact.keySet()) {
      longest = Math.max(longest, key.length());
    }
    for (String key : stems.keySet()) {
      longest = Math.max(longest, key.length());
    }
    this.longestKey = longest;
    boolean digits = false;
    for (String key : exact.keySet()) {
      digits |= isAsciiDigits(key);
    }
    for (String key : stems.keySet()) {
      digits |= isAsciiDigits(key);
    }
    this.digitsOnlyKey = digits;
  }

  /**
   * Whether printed text could match anything, answered without normalising it: text with more
   * ideographs (other than the numerals of an enumerator) before anything that could become the
   * {@code (} of a note than the longest key has characters, cannot.
   *
   * <p>Each ideograph of U+4E00 to U+9FFF stays one character of the comparison form (NFKC leaves
   * it, simplification maps it to one), and what matching looks up is the whole form, or the form
   * with notes split off at a {@code (} (and perhaps without an enumerator of numerals): either way
   * it holds every ideograph before the first {@code (}.
   *
   * @param printed the text as printed
   * @return false when the text cannot be a label
   */
  public boolean mayMatch(CharSequence printed) {
    return mayMatch(leadingIdeographs(printed, 0, printed.length(), longestKey + 1));
  }

  /**
   * {@link #mayMatch(CharSequence)} from the count of {@link #leadingIdeographs}.
   *
   * @param leadingIdeographs the ideographs before anything that could become {@code (}
   * @return false when the text cannot be a label
   */
  public boolean mayMatch(int leadingIdeographs) {
    return leadingIdeographs <= longestKey;
  }

  /**
   * Returns how many leading ideographs {@link #mayMatch(int)} needs to know of at most: counting
   * further changes no answer.
   *
   * @return one more than the length of the longest key
   */
  public int enoughIdeographs() {
    return longestKey + 1;
  }

  /**
   * Counts the ideographs of text (U+4E00 to U+9FFF, leaving out the numerals 一 to 十) before the
   * first character that {@link #mayHoldParenthesis could become} {@code (}.
   *
   * @param s the text
   * @param from the first character
   * @param to the end (exclusive)
   * @param limit where to stop counting: at most this is returned
   * @return the count
   */
  public static int leadingIdeographs(CharSequence s, int from, int to, int limit) {
    int n = 0;
    for (int i = from; i < to && n < limit; i++) {
      char c = s.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fff') {
        if (NUMERALS.indexOf(c) < 0) {
          n++;
        }
      } else if (mayBecomeParenthesis(c)) {
        break;
      }
    }
    return n;
  }

  /**
   * Whether some character of text could become {@code (} in the comparison form: {@code (} itself,
   * a full-width or other compatibility form of it, or one of the parenthesised numbers and
   * letters; any character outside the Basic Multilingual Plane is taken to.
   *
   * @param s the text
   * @param from the first character
   * @param to the end (exclusive)
   * @return true when one could
   */
  public static boolean mayHoldParenthesis(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mayBecomeParenthesis(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayBecomeParenthesis(char c) {
    if (c < 0x80) {
      return c == '(';
    }
    if (c >= '\u4e00' && c <= '\u9fff') {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return true;
    }
    byte known = PARENTHESIS[c];
    if (known == 0) {
      known =
          Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).indexOf('(') >= 0
              ? (byte) 2
              : (byte) 1;
      PARENTHESIS[c] = known;
    }
    return known == 2;
  }

  private void addAxis(Edition e, TableSpec t, List<AxisNode> roots, Kind kind) {
    roots.stream()
        .flatMap(AxisNode::flatten)
        .filter(n -> !n.label().isEmpty())
        .forEach(
            n -> {
              add(n.label(), new Hit(e, kind, t.section(), t.key(), n, false));
              for (String alias : n.aliases()) {
                add(alias, new Hit(e, kind, t.section(), t.key(), n, true));
              }
            });
  }

  private void add(String label, Hit hit) {
    String key = LabelNormalizer.normalize(label);
    put(exact, key, hit);
    LabelNormalizer.splitTrailingNote(key).ifPresent(parts -> put(stems, parts[0], hit));
  }

  private static void put(Map<String, List<Hit>> map, String key, Hit hit) {
    List<Hit> hits = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!hits.contains(hit)) {
      hits.add(hit);
    }
  }

  /**
   * Returns the index.
   *
   * @return the one instance
   */
  public static LabelIndex get() {
    return INSTANCE;
  }

  /**
   * Matches a printed label.
   *
   * @param printed the label as printed
   * @return the match, {@link Match#NONE} when nothing matches
   */
  public Match match(String printed) {
    if (printed.length() > MAX_LABEL_CHARS) {
      // No label, notes included, is this long; normalising a 19 MB cell would cost its size again.
      return Match.NONE;
    }
    if (!digitsOnlyKey && isAsciiDigits(printed)) {
      // Most of a table's cells, asked first: plain digits are their own comparison form, and no
      // key is one.
      return Match.NONE;
    }
    if (!mayMatch(printed)) {
      return Match.NONE;
    }
    Match cached = cache.get(printed);
    if (cached != null) {
      return cached;
    }
    Match match = compute(printed);
    if (printed.length() <= 200 && cache.size() < CACHE_LIMIT) {
      cache.put(printed, match);
    }
    return match;
  }

  /** Whether text is one or more ASCII digits and nothing else. */
  private static boolean isAsciiDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@link #match} without the cache and without the shortcut of {@link #mayMatch}, for tests. */
  Match matchSlowly(String printed) {
    return compute(printed);
  }

  /** Texts longer than this are never labels. */
  static final int MAX_LABEL_CHARS = 1000;

  private Match compute(String printed) {
    String key = LabelNormalizer.normalize(printed);
    if (key.isEmpty()) {
      return Match.NONE;
    }
    String note = null;
    String current = key;
    for (int round = 0; round < 3; round++) {
      List<Hit> hits = exact.get(current);
      if (hits == null) {
        hits = stems.get(current);
      }
      if (hits == null) {
        hits = numberedHeading(current);
      }
      if (hits != null) {
        return new Match(current, hits, note);
      }
      Optional<String[]> split = LabelNormalizer.splitTrailingNote(current);
      if (split.isEmpty()) {
        break;
      }
      current = split.get()[0];
      note = split.get()[1] + (note == null ? "" : note);
    }
    return Match.NONE;
  }

  /** A section heading printed with another number than the format's, such as 四、存在问题…. */
  private List<Hit> numberedHeading(String key) {
    Matcher m = NUMBERED.matcher(key);
    if (!m.matches()) {
      return null;
    }
    List<Hit> hits = exact.get(m.group(1));
    if (hits == null) {
      return null;
    }
    List<Hit> headings = hits.stream().filter(h -> h.kind() == Kind.SECTION_HEADING).toList();
    return headings.isEmpty() ? null : headings;
  }

  /**
   * Returns the labels, in comparison form, that only the given edition prints: the markers by
   * which a report's edition is recognised (see docs/format.md), derived from the descriptions.
   *
   * @param edition the edition
   * @return the marker keys
   */
  public Set<String> markers(Edition edition) {
    return markers.get(edition);
  }
}
