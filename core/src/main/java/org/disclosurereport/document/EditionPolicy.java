package org.disclosurereport.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disclosurereport.edition.Edition;

/**
 * Which edition a published page, text or document is read as: the one its table labels show
 * ({@code auto}, the default), or one edition, forced on the readers as {@link
 * ReadOptions#edition()}.
 *
 * <p>People name the policy in words, a query parameter or a command-line option; this class is
 * where those words are read, so that every front end takes the same values and means the same by
 * them: {@code auto} (in any case, or nothing at all: a parameter left out, a form field left
 * empty) and the {@linkplain Edition#id() identifier} of each edition. A JSON or XML document
 * states its own edition and is read as that one whatever the policy; the readers of those forms
 * never look at {@link ReadOptions#edition()}.
 *
 * <pre>{@code
 * ReadOptions options = EditionPolicy.parse("2019").applyTo(ReadOptions.defaults());
 * }</pre>
 *
 * <p>There is one instance per policy, so {@code ==} compares them. This class is immutable and
 * thread-safe.
 */
public final class EditionPolicy {
  private static final String AUTO_ID = "auto";

  /** The most characters of a refused value that an exception message quotes. */
  private static final int MAX_QUOTED = 100;

  private static final EditionPolicy AUTO = new EditionPolicy(Optional.empty());

  private static final Map<Edition, EditionPolicy> FORCED = forced();

  private static final List<String> IDS = ids(FORCED);

  private final Optional<Edition> edition;

  private EditionPolicy(Optional<Edition> edition) {
    this.edition = edition;
  }

  private static Map<Edition, EditionPolicy> forced() {
    Map<Edition, EditionPolicy> m = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      m.put(e, new EditionPolicy(Optional.of(e)));
    }
    return Collections.unmodifiableMap(m);
  }

  private static List<String> ids(Map<Edition, EditionPolicy> forced) {
    List<String> ids = new ArrayList<>();
    ids.add(AUTO_ID);
    forced.keySet().forEach(e -> ids.add(e.id()));
    return List.copyOf(ids);
  }

  /**
   * Returns the policy of detecting the edition from the table labels, the default.
   *
   * @return the policy {@code auto}
   */
  public static EditionPolicy auto() {
    return AUTO;
  }

  /**
   * Returns the policy of reading as one edition.
   *
   * @param edition the edition
   * @return the policy named by the edition's identifier
   */
  public static EditionPolicy of(Edition edition) {
    return FORCED.get(Objects.requireNonNull(edition, "edition"));
  }

  /**
   * Returns the policy of an edition override: {@link #auto()} when empty.
   *
   * @param edition the edition to read as, empty to detect it
   * @return the policy
   */
  public static EditionPolicy of(Optional<Edition> edition) {
    return edition.map(EditionPolicy::of).orElse(AUTO);
  }

  /**
   * Returns the identifiers of every policy, in the order to offer them: {@code auto}, then each
   * edition's identifier, oldest first.
   *
   * @return {@code [auto, 2019, 2021]} with today's editions
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Looks a policy up by what a person wrote: {@code auto} in any case, or an edition's identifier,
   * white space around it ignored; nothing (null or blank) is {@code auto}.
   *
   * @param value the value, may be null
   * @return the policy, or empty when the value names none (see {@link #ids()})
   */
  public static Optional<EditionPolicy> fromId(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(AUTO);
    }
    String v = value.strip();
    if (v.toLowerCase(Locale.ROOT).equals(AUTO_ID)) {
      return Optional.of(AUTO);
    }
    return Edition.fromId(v).map(EditionPolicy::of);
  }

  /**
   * Reads a policy from what a person wrote, as {@link #fromId(String)} does.
   *
   * @param value the value, may be null
   * @return the policy
   * @throws IllegalArgumentException if the value names no policy; the message quotes it (its first
   *     100 characters) and lists {@link #ids()}
   */
  public static EditionPolicy parse(String value) {
    return fromId(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Invalid value for edition (valid values "
                        + String.join(", ", IDS)
                        + "): '"
                        + quoted(value)
                        + "'"));
  }

  private static String quoted(String value) {
    if (value.length() <= MAX_QUOTED) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }

  /**
   * Returns the identifier of this policy, which {@link #fromId(String)} reads back.
   *
   * @return {@code auto} or an edition's identifier
   */
  public String id() {
    return edition.map(Edition::id).orElse(AUTO_ID);
  }

  /**
   * Returns the edition this policy forces on the readers of published layouts.
   *
   * @return the edition, empty for {@code auto}
   */
  public Optional<Edition> edition() {
    return edition;
  }

  /**
   * Returns read options that read as this policy says and otherwise as the given ones: their
   * {@link ReadOptions#edition()} set to this policy's edition, or cleared for {@code auto}.
   *
   * @param options the options to start from
   * @return the options
   */
  public ReadOptions applyTo(ReadOptions options) {
    return options.withEdition(edition);
  }

  /**
   * Returns the identifier.
   *
   * @return {@link #id()}
   */
  @Override
  public String toString() {
    return id();
  }
}
