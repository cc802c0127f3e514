package org.disclosurereport.finding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclosurereport.edition.CellAddress;
import org.immutables.value.Value;

/**
 * One problem found in a report or a document: which code, how serious, where, what was found and
 * what to do. Every module reports problems with this one type.
 *
 * <p>Ids are stable and never reused: {@code DR-Vnnn} for the validator's rules, {@code DR-Jnnn}
 * and {@code DR-Xnnn} for the JSON and XML readers, {@code DR-Lnnn} for the readers of published
 * pages and text, {@code DR-Cnnn} for the command line tool. Tests and tools match on the id, never
 * on the message.
 *
 * <p>A finding keeps its {@link #code()}, the keys of its message and its arguments, never only
 * rendered text: {@link #message(Locale)} renders it in Chinese or English whenever asked.
 *
 * <p>For a sum that does not add up, {@link #reported()} is the value on the left side, {@link
 * #expected()} the value of the right side and {@link #difference()} their difference.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFinding {
  /**
   * @return the code, from the catalogue of the module that found the problem
   */
  public abstract FindingCode code();

  /**
   * Returns the stable id of the finding: the code's id, or for a code shared by formats (the JSON
   * and XML readers' {@code ReadCode}) the id qualified by the format read.
   *
   * @return the id, for example {@code DR-V101}
   */
  @Value.Default
  public String ruleId() {
    return code().id();
  }

  /**
   * @return the severity: the code's default unless options changed it
   */
  @Value.Default
  public Severity severity() {
    return code().defaultSeverity();
  }

  /**
   * @return where the problem is
   */
  @Value.Default
  public FindingLocation location() {
    return FindingLocation.none();
  }

  /**
   * Returns the keys, in the bundle of the {@link #code()}, of the parts the message is made of, in
   * order; the code's own {@link FindingCode#messageKey()} when none was given.
   *
   * @return the message keys, never empty
   */
  public abstract List<String> messageKeys();

  /**
   * Returns the named arguments of the message: each {@code {name}} in a pattern is replaced by the
   * argument of that name, in the language asked for.
   *
   * @return the arguments, possibly empty
   */
  public abstract Map<String, LocalizedText> messageArguments();

  /**
   * @return the reported value, for sums and comparisons
   */
  public abstract Optional<BigDecimal> reported();

  /**
   * @return the expected value, for sums and comparisons
   */
  public abstract Optional<BigDecimal> expected();

  /**
   * @return reported minus expected, when both are known
   */
  @Value.Derived
  public Optional<BigDecimal> difference() {
    return reported().isPresent() && expected().isPresent()
        ? Optional.of(reported().get().subtract(expected().get()))
        : Optional.empty();
  }

  /**
   * @return suggested corrections, best first
   */
  public abstract List<RepairHint> hints();

  /**
   * Returns every cell the check looked at for this finding (for a sum: the total and its parts),
   * in the order of the rule's statement; empty when the finding is not about cells.
   *
   * @return the cells, possibly empty
   */
  public abstract List<CellAddress> involvedCells();

  /**
   * Returns the message in the given locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return MessageRenderer.render(
        code().messageBundle(), messageKeys(), messageArguments(), locale);
  }

  /**
   * @return the message in Chinese (zh-CN)
   */
  public String messageZh() {
    return message(Locale.CHINESE);
  }

  /**
   * @return the message in English
   */
  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  /**
   * @return whether this finding makes a report invalid
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Gives a finding built without message keys its code's message key, and bounds every argument to
   * {@link MessageRenderer#MAX_QUOTED} characters with its length stated: arguments quote input
   * (cell text, member names, values), and a hostile input must not be echoed whole in a message.
   *
   * @return the normalized finding
   */
  @Value.Check
  protected AbstractFinding normalize() {
    boolean tooLong =
        messageArguments().values().stream().anyMatch(t -> MessageRenderer.bounded(t) != t);
    if (messageKeys().isEmpty() || tooLong) {
      Finding.Builder b = Finding.builder().from(this);
      if (messageKeys().isEmpty()) {
        b.addMessageKeys(code().messageKey());
      }
      if (tooLong) {
        Map<String, LocalizedText> bounded = new LinkedHashMap<>();
        messageArguments().forEach((k, v) -> bounded.put(k, MessageRenderer.bounded(v)));
        b.messageArguments(bounded);
      }
      return b.build();
    }
    return this;
  }

  /**
   * Starts a finding of a code, at the code's default severity.
   *
   * @param code the code
   * @param namesAndValues alternating argument names and values ({@link LocalizedText} or any value
   *     that reads the same in both languages)
   * @return the builder
   */
  public static Finding.Builder of(FindingCode code, Object... namesAndValues) {
    return Finding.builder().code(code).messageArguments(MessageRenderer.arguments(namesAndValues));
  }
}
