package org.disclosurereport.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
