package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * One problem found in a report or a document: what rule, how serious, where, and what to do.
 *
 * <p>Rule ids are stable and never reused: {@code DR-Vnnn} for validation rules, {@code DR-Jnnn}
 * and {@code DR-Xnnn} for the JSON and XML readers, {@code DR-Lnnn} for the readers of published
 * pages and text. Tests and tools match on the id, never on the message.
 *
 * <p>For a sum that does not add up, {@link #reported()} is the value on the left side, {@link
 * #expected()} the value of the right side and {@link #difference()} their difference.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFinding {
  /**
   * The base name of the resource bundle that holds the patterns named by {@link #messageKeys()}:
   * {@code Messages.properties} (English) and {@code Messages_zh.properties} (Chinese).
   */
  public static final String MESSAGE_BUNDLE = "org.disclosurereport.validation.Messages";

  /** @return the stable rule id, for example {@code DR-V101} */
  public abstract String ruleId();

  /** @return the severity */
  public abstract Severity severity();

  /** @return where the problem is */
  @Value.Default
  public FindingLocation location() {
    return FindingLocation.none();
  }

  /** @return the message in Chinese (zh-CN) */
  public abstract String messageZh();

  /** @return the message in English */
  public abstract String messageEn();

  /** @return the reported value, for sums and comparisons */
  public abstract Optional<BigDecimal> reported();

  /** @return the expected value, for sums and comparisons */
  public abstract Optional<BigDecimal> expected();

  /** @return reported minus expected, when both are known */
  @Value.Derived
  public Optional<BigDecimal> difference() {
    return reported().isPresent() && expected().isPresent()
        ? Optional.of(reported().get().subtract(expected().get()))
        : Optional.empty();
  }

  /** @return suggested corrections, best first */
  public abstract List<RepairHint> hints();

  /**
   * Returns every cell the rule looked at for this finding (for a sum: the total and its parts),
   * in the order of the rule's statement; empty when the finding is not about cells.
   *
   * @return the cells, possibly empty
   */
  public abstract List<CellAddress> involvedCells();

  /**
   * Returns the keys, in the validation module's message bundle ({@link #MESSAGE_BUNDLE}), of the
   * parts the message is made of, in order;
   * empty for findings whose messages were written without the bundle. With {@link
   * #messageArguments()} this renders the message in any locale the bundle has, and lets Bean
   * Validation interpolate it in the caller's locale.
   *
   * @return the message keys, possibly empty
   */
  public abstract List<String> messageKeys();

  /**
   * Returns the named arguments of the message parts (each {@code {name}} in a bundle pattern is
   * replaced by the argument of that name). Values do not depend on the locale.
   *
   * @return the arguments, possibly empty
   */
  public abstract Map<String, String> messageArguments();

  /**
   * Returns the message in the given locale: Chinese for any {@code zh} locale, English
   * otherwise.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
  }

  /** @return whether this finding makes a report invalid */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }
}
