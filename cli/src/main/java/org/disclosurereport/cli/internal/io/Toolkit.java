package org.disclosurereport.cli.internal.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.disclosurereport.document.DocumentFormat;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.validation.BlankPolicy;

/**
 * The SDK parts a command uses: a reader and a writer per format, the validator and the rule
 * catalogue. {@link #standard()} wires the real ones; tests put their own in to provoke failures no
 * real file could (a reader that overflows its stack, say).
 *
 * <p>A part the build does not have is absent, and the command that needs it says so; nothing
 * pretends to work. This class is immutable and thread-safe.
 */
public final class Toolkit {
  private final Map<DocumentFormat, ReportReader> readers;
  private final Map<DocumentFormat, ReportWriter> writers;
  private final Function<BlankPolicy, ReportChecker> checkers;
  private final Supplier<List<RuleInfo>> rules;
  private final ReportLinesReader linesReader;
  private final Function<ReadOptions, Toolkit> withReadOptions;

  private Toolkit(
      Map<DocumentFormat, ReportReader> readers,
      Map<DocumentFormat, ReportWriter> writers,
      Function<BlankPolicy, ReportChecker> checkers,
      Supplier<List<RuleInfo>> rules,
      ReportLinesReader linesReader,
      Function<ReadOptions, Toolkit> withReadOptions) {
    this.readers = readers.isEmpty() ? Map.of() : new EnumMap<>(readers);
    this.writers = writers.isEmpty() ? Map.of() : new EnumMap<>(writers);
    this.checkers = checkers;
    this.rules = rules;
    this.linesReader = linesReader;
    this.withReadOptions = withReadOptions;
  }

  /**
   * Returns an empty toolkit: no reader, no writer, no validator, no rules.
   *
   * @return the toolkit
   */
  public static Toolkit empty() {
    return new Toolkit(Map.of(), Map.of(), null, List::of, null, null);
  }

  /**
   * Returns the toolkit of the SDK's own readers, writers, validator and rules.
   *
   * @return the toolkit
   */
  public static Toolkit standard() {
    return StandardToolkit.create(ReadOptions.defaults());
  }

  /**
   * Returns this toolkit with every reader made with the given options, such as the organ's name
   * and the report year to use when a source does not state them. A toolkit whose readers were not
   * made by the SDK is returned as it is.
   *
   * @param options the options of every reader
   * @return the toolkit
   */
  public Toolkit withReadOptions(ReadOptions options) {
    return withReadOptions == null ? this : withReadOptions.apply(options);
  }

  /**
   * Returns this toolkit remembering how to make it again with other read options.
   *
   * @param maker makes the toolkit with the given read options
   * @return the new toolkit
   */
  Toolkit rebuiltWith(Function<ReadOptions, Toolkit> maker) {
    return new Toolkit(readers, writers, checkers, rules, linesReader, maker);
  }

  /**
   * Returns the reader of a format.
   *
   * @param format the format
   * @return the reader, empty when this build cannot read the format
   */
  public Optional<ReportReader> reader(DocumentFormat format) {
    return Optional.ofNullable(readers.get(format));
  }

  /**
   * Returns the writer of a format.
   *
   * @param format the format
   * @return the writer, empty when this build cannot write the format
   */
  public Optional<ReportWriter> writer(DocumentFormat format) {
    return Optional.ofNullable(writers.get(format));
  }

  /**
   * Returns the validator for a blank treatment.
   *
   * @param blanks what blank cells mean
   * @return the validator, empty when this build has none
   */
  public Optional<ReportChecker> checker(BlankPolicy blanks) {
    return checkers == null ? Optional.empty() : Optional.of(checkers.apply(blanks));
  }

  /**
   * Returns the rule catalogue: the validator's rules, then the readers', then the tool's.
   *
   * @return the rules
   */
  public List<RuleInfo> rules() {
    return rules.get();
  }

  /**
   * Returns a copy with a reader replaced or added.
   *
   * @param format the format
   * @param reader the reader
   * @return the new toolkit
   */
  public Toolkit withReader(DocumentFormat format, ReportReader reader) {
    Map<DocumentFormat, ReportReader> m = new EnumMap<>(DocumentFormat.class);
    m.putAll(readers);
    m.put(format, Objects.requireNonNull(reader));
    return new Toolkit(m, writers, checkers, rules, linesReader, null); // a reader of its own
  }

  /**
   * Returns the reader of JSON Lines.
   *
   * @return the reader, empty when this build cannot read JSON Lines
   */
  public Optional<ReportLinesReader> linesReader() {
    return Optional.ofNullable(linesReader);
  }

  /**
   * Returns a copy with the reader of JSON Lines replaced.
   *
   * @param reader the reader
   * @return the new toolkit
   */
  public Toolkit withLinesReader(ReportLinesReader reader) {
    return new Toolkit(
        readers, writers, checkers, rules, Objects.requireNonNull(reader), withReadOptions);
  }

  /**
   * Returns a copy with a writer replaced or added.
   *
   * @param format the format
   * @param writer the writer
   * @return the new toolkit
   */
  public Toolkit withWriter(DocumentFormat format, ReportWriter writer) {
    Map<DocumentFormat, ReportWriter> m = new EnumMap<>(DocumentFormat.class);
    m.putAll(writers);
    m.put(format, Objects.requireNonNull(writer));
    return new Toolkit(readers, m, checkers, rules, linesReader, withReadOptions);
  }

  /**
   * Returns a copy with the validator replaced.
   *
   * @param checkers the validator for each blank treatment
   * @return the new toolkit
   */
  public Toolkit withCheckers(Function<BlankPolicy, ReportChecker> checkers) {
    return new Toolkit(
        readers, writers, Objects.requireNonNull(checkers), rules, linesReader, withReadOptions);
  }

  /**
   * Returns a copy with the rule catalogue replaced.
   *
   * @param rules the rules
   * @return the new toolkit
   */
  public Toolkit withRules(List<RuleInfo> rules) {
    List<RuleInfo> copy = List.copyOf(rules);
    return new Toolkit(readers, writers, checkers, () -> copy, linesReader, withReadOptions);
  }

  /**
   * Returns a copy whose rule catalogue is made when first asked for, once: a command that lists no
   * rules (a single {@code validate}) does not pay for reading every message bundle.
   *
   * @param rules makes the rules; called at most once
   * @return the new toolkit
   */
  public Toolkit withRulesWhenNeeded(Supplier<List<RuleInfo>> rules) {
    return new Toolkit(readers, writers, checkers, new Once<>(rules), linesReader, withReadOptions);
  }

  /** A value made on first use, once, by whichever thread asks first. */
  static final class Once<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Once(Supplier<T> maker) {
      this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = Objects.requireNonNull(maker.get());
            value = v;
          }
        }
      }
      return v;
    }
  }
}
