package org.disclosurereport.finding;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * A suggested correction that would satisfy failing rules without breaking one that holds: most
 * often a single cell, for example "（七）总计 / 自然人: reported 20, 26 would satisfy 3 rules"; when no
 * single cell can do it, the smallest set of cells that must change together, for example one
 * application moved between two result rows of a column.
 *
 * <p>{@link #corrections()} lists every cell to change; {@link #cell()}, {@link #labels()}, {@link
 * #reported()} and {@link #suggested()} describe the first of them, so that code written for
 * single-cell hints keeps working. A hint built with only those four attributes has them as its one
 * correction.
 *
 * <p>A hint keeps no rendered text. Like a {@link Finding}, it keeps the keys of its message in the
 * rules' bundle ({@link RuleCode#BUNDLE}) and its named arguments, both derived from its
 * corrections and {@link #satisfiedRules()}, so that {@link #message(Locale)} renders it in Chinese
 * or English whenever asked, through the one {@link MessageRenderer}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRepairHint {
  /**
   * @return the cell to correct, the first of {@link #corrections()}
   */
  public abstract CellAddress cell();

  /**
   * @return the official labels of the cell
   */
  public abstract String labels();

  /**
   * @return the value reported, zero when the cell was blank and blanks count as zero
   */
  public abstract BigDecimal reported();

  /**
   * @return the value that would satisfy the rules
   */
  public abstract BigDecimal suggested();

  /**
   * Returns every cell to correct, in printed order; the first is the one of {@link #cell()}. The
   * corrections only satisfy the rules when all of them are made.
   *
   * @return one correction for a single-cell hint, several for a hint whose cells must change
   *     together; never empty, no cell twice
   */
  public abstract List<CellCorrection> corrections();

  /**
   * @return how many failing rule instances the correction (all its cells) satisfies
   */
  public abstract int satisfiedRules();

  /**
   * Returns the keys, in the rules' bundle, of the parts the message is made of: {@code hint.one}
   * or {@code hint.many} for a hint of one cell, {@code hint.together.one} or {@code
   * hint.together.many} for a hint of several.
   *
   * @return the message keys, never empty
   */
  @Value.Derived
  public List<String> messageKeys() {
    boolean one = satisfiedRules() == 1;
    if (corrections().size() <= 1) {
      return List.of(one ? "hint.one" : "hint.many");
    }
    return List.of(one ? "hint.together.one" : "hint.together.many");
  }

  /**
   * Returns the named arguments of the message: {@code labels}, {@code reported} and {@code
   * suggested} of the cell and {@code count} (the rules satisfied) for a hint of one cell; {@code
   * corrections} (each cell's change, in both languages) and {@code count} for a hint of several.
   *
   * @return the arguments
   */
  @Value.Derived
  public Map<String, LocalizedText> messageArguments() {
    if (corrections().size() <= 1) {
      return MessageRenderer.arguments(
          "labels",
          labels(),
          "reported",
          reported().toPlainString(),
          "suggested",
          suggested().toPlainString(),
          "count",
          satisfiedRules());
    }
    return MessageRenderer.arguments(
        "corrections",
        new LocalizedText(corrections(Locale.CHINESE), corrections(Locale.ROOT)),
        "count",
        satisfiedRules());
  }

  private String corrections(Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (CellCorrection c : corrections()) {
      if (sb.length() > 0) {
        sb.append(MessageRenderer.pattern(RuleCode.BUNDLE, "hint.separator", locale));
      }
      sb.append(
          MessageRenderer.text(
              RuleCode.BUNDLE,
              "hint.correction",
              locale,
              "labels",
              c.labels(),
              "reported",
              c.reported().toPlainString(),
              "suggested",
              c.suggested().toPlainString()));
    }
    return sb.toString();
  }

  /**
   * Returns the suggestion in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the suggestion
   */
  public String message(Locale locale) {
    return MessageRenderer.render(RuleCode.BUNDLE, messageKeys(), messageArguments(), locale);
  }

  /**
   * @return the suggestion in Chinese (zh-CN)
   */
  public String messageZh() {
    return message(Locale.CHINESE);
  }

  /**
   * @return the suggestion in English
   */
  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  /**
   * @return whether the hint changes one cell only
   */
  public boolean isSingleCell() {
    return corrections().size() == 1;
  }

  /**
   * Makes a hint built without corrections carry its one cell as its one correction, and refuses
   * corrections whose first cell is not the hint's cell or that name a cell twice.
   *
   * @return the normalized hint
   * @throws IllegalStateException if the corrections do not fit the hint
   */
  @Value.Check
  protected AbstractRepairHint normalize() {
    if (corrections().isEmpty()) {
      return RepairHint.builder()
          .from(this)
          .addCorrections(
              CellCorrection.builder()
                  .cell(cell())
                  .labels(labels())
                  .reported(reported())
                  .suggested(suggested())
                  .build())
          .build();
    }
    CellCorrection first = corrections().get(0);
    if (!first.cell().equals(cell())
        || !first.labels().equals(labels())
        || first.reported().compareTo(reported()) != 0
        || first.suggested().compareTo(suggested()) != 0) {
      throw new IllegalStateException(
          "the first correction (" + first.cell() + ") must be the hint's cell " + cell());
    }
    Set<CellAddress> cells = new HashSet<>();
    for (CellCorrection c : corrections()) {
      if (!cells.add(c.cell())) {
        throw new IllegalStateException("cell " + c.cell() + " is corrected twice");
      }
    }
    return this;
  }
}
