package org.disclosurereport.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds labels printed across several neighbouring pieces of text: a label broken over two lines
 * ({@code 本年新} / {@code 制作数量}), or spaced out and split at the spaces ({@code 自 然 人}).
 *
 * <p>At each position the longest run of pieces whose joined text is a label wins; a piece that
 * starts no label stays on its own.
 */
public final class LabelJoiner {
  /** The most pieces one label is joined from. */
  static final int MAX_PIECES = 8;

  /** Joined texts longer than this are not tried: no label, notes included, is that long. */
  private static final int MAX_JOINED_LENGTH = 300;

  private LabelJoiner() {}

  /**
   * A run of pieces: a label when {@link #match()} found something, else one piece.
   *
   * @param start the first piece
   * @param end one after the last piece
   * @param text the joined text
   * @param match the label match, {@link LabelIndex.Match#NONE} when not a label
   */
  public record Run(int start, int end, String text, LabelIndex.Match match) {}

  /**
   * Splits pieces into runs.
   *
   * @param pieces the texts in order
   * @param mayContinue whether the piece at an index may continue a label begun before it
   * @return the runs, covering every piece in order
   */
  public static List<Run> join(List<String> pieces, IntPredicate mayContinue) {
    LabelIndex index = LabelIndex.get();
    List<Run> runs = new ArrayList<>(pieces.size());
    // What each piece adds to the question whether a joined text could be a label at all, so
    // that prose joined line to line is neither copied nor normalised. Worked out only for pieces
    // that are joined at all: the cells of a tab- or bar-separated row never are.
    int[] leading = null;
    boolean[] parenthesis = null;
    int i = 0;
    while (i < pieces.size()) {
      Run best = null;
      int limit = Math.min(pieces.size(), i + MAX_PIECES);
      int end = i + 1;
      while (end < limit && mayContinue.test(end)) {
        end++;
      }
      if (end > i + 1) {
        if (leading == null) {
          leading = new int[pieces.size()];
          parenthesis = new boolean[pieces.size()];
          java.util.Arrays.fill(leading, -1);
        }
        for (int k = i; k < end; k++) {
          if (leading[k] < 0) {
            String piece = pieces.get(k);
            leading[k] =
                LabelIndex.leadingIdeographs(piece, 0, piece.length(), index.enoughIdeographs());
            // A piece with too many ideographs makes every text it joins too long to be a label,
            // whatever follows it: whether it holds a parenthesis then changes nothing, and a
            // narrative line is not scanned to its end to learn it.
            parenthesis[k] =
                leading[k] < index.enoughIdeographs()
                    && LabelIndex.mayHoldParenthesis(piece, 0, piece.length());
          }
        }
        StringBuilder joined = new StringBuilder(pieces.get(i));
        List<String> prefixes = new ArrayList<>();
        prefixes.add(joined.toString());
        int count = leading[i];
        boolean open = parenthesis[i];
        for (int k = i + 1; k < end; k++) {
          joined.append(pieces.get(k));
          if (joined.length() > MAX_JOINED_LENGTH) {
            break;
          }
          if (!open) {
            count += leading[k];
            open = parenthesis[k];
          }
          // null: a joined text that cannot be a label is not even made
          prefixes.add(index.mayMatch(count) ? joined.toString() : null);
        }
        for (int n = prefixes.size(); n >= 2; n--) {
          String prefix = prefixes.get(n - 1);
          if (prefix == null) {
            continue;
          }
          LabelIndex.Match m = index.match(prefix);
          if (m.found()) {
            best = new Run(i, i + n, prefix, m);
            break;
          }
        }
      }
      if (best == null) {
        String single = pieces.get(i);
        best = new Run(i, i + 1, single, index.match(single));
      }
      runs.add(best);
      i = best.end();
    }
    return runs;
  }

  /**
   * Whether pieces of one line look like a row of a table (labels and figures only) rather than a
   * sentence that happens to contain spaces.
   *
   * @param pieces the parts of the line between spaces
   * @return true for a table row
   */
  public static boolean isTableRow(List<String> pieces) {
    int labels = 0;
    int values = 0;
    for (Run run : join(pieces, k -> true)) {
      if (run.match().found()) {
        labels++;
      } else if (NumberParser.looksLikeValue(run.text())) {
        values++;
      } else {
        return false;
      }
    }
    return labels >= 2 || (values >= 1 && labels + values >= 2);
  }
}
