package org.disclosurereport.spring;

import java.util.Locale;
import org.disclosurereport.document.ReadOptions;
import org.disclosurereport.document.Strictness;
import org.disclosurereport.serialization.Limits;
import org.disclosurereport.validation.BlankPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the starter, under the prefix {@code disclosure}: how reports posted to the
 * application are read ({@code disclosure.read.*}) and validated ({@code disclosure.validation.*}).
 *
 * <pre>
 * disclosure.validation.blank-policy=BLANK_AS_ZERO
 * disclosure.validation.language=zh-CN
 * disclosure.read.strictness=STRICT
 * disclosure.read.max-document-bytes=1048576
 * </pre>
 *
 * <p>Read limits left unset keep the SDK's defaults ({@link Limits#defaults()}), which are sized
 * for a report. This class is a mutable holder for Spring's binder; the starter copies it into the
 * SDK's immutable options once, at start-up.
 */
@ConfigurationProperties(prefix = "disclosure")
public class DisclosureProperties {
  private final Validation validation = new Validation();
  private final Read read = new Read();

  /** Creates the settings with their defaults. */
  public DisclosureProperties() {}

  /**
   * @return how reports are validated under {@code @Valid}
   */
  public Validation getValidation() {
    return validation;
  }

  /**
   * @return how posted reports are read
   */
  public Read getRead() {
    return read;
  }

  /** How reports are validated under {@code @Valid} and how problems are told. */
  public static class Validation {
    /** What a blank cell means to the rules. */
    private BlankPolicy blankPolicy = BlankPolicy.BLANK_AS_ZERO;

    /**
     * Language of the messages of a problem response when the request has no Accept-Language header
     * (Chinese for any zh locale, English otherwise).
     */
    private Locale language = Locale.SIMPLIFIED_CHINESE;

    /** Creates the defaults. */
    public Validation() {}

    /**
     * @return what a blank cell means to the rules
     */
    public BlankPolicy getBlankPolicy() {
      return blankPolicy;
    }

    /**
     * @param blankPolicy what a blank cell means to the rules
     */
    public void setBlankPolicy(BlankPolicy blankPolicy) {
      this.blankPolicy = blankPolicy;
    }

    /**
     * @return the language of messages when the request names none
     */
    public Locale getLanguage() {
      return language;
    }

    /**
     * @param language the language of messages when the request names none
     */
    public void setLanguage(Locale language) {
      this.language = language;
    }
  }

  /** How posted reports are read: strictness and the reader's limits. */
  public static class Read {
    /** Whether unknown members are refused (STRICT) or kept (LENIENT). */
    private Strictness strictness = Strictness.STRICT;

    /** Largest document, in bytes; unset keeps the SDK's default. */
    private Long maxDocumentBytes;

    /** Deepest nesting of arrays and objects; unset keeps the SDK's default. */
    private Integer maxNestingDepth;

    /** Most tokens in a document; unset keeps the SDK's default. */
    private Integer maxTokenCount;

    /** Longest string, in characters; unset keeps the SDK's default. */
    private Integer maxStringLength;

    /** Longest number, in characters; unset keeps the SDK's default. */
    private Integer maxNumberLength;

    /** Creates the defaults. */
    public Read() {}

    /**
     * @return whether unknown members are refused or kept
     */
    public Strictness getStrictness() {
      return strictness;
    }

    /**
     * @param strictness whether unknown members are refused or kept
     */
    public void setStrictness(Strictness strictness) {
      this.strictness = strictness;
    }

    /**
     * @return the largest document in bytes, or null for the default
     */
    public Long getMaxDocumentBytes() {
      return maxDocumentBytes;
    }

    /**
     * @param maxDocumentBytes the largest document in bytes, or null for the default
     */
    public void setMaxDocumentBytes(Long maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
    }

    /**
     * @return the deepest nesting, or null for the default
     */
    public Integer getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * @param maxNestingDepth the deepest nesting, or null for the default
     */
    public void setMaxNestingDepth(Integer maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * @return the most tokens, or null for the default
     */
    public Integer getMaxTokenCount() {
      return maxTokenCount;
    }

    /**
     * @param maxTokenCount the most tokens, or null for the default
     */
    public void setMaxTokenCount(Integer maxTokenCount) {
      this.maxTokenCount = maxTokenCount;
    }

    /**
     * @return the longest string, or null for the default
     */
    public Integer getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * @param maxStringLength the longest string, or null for the default
     */
    public void setMaxStringLength(Integer maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * @return the longest number, or null for the default
     */
    public Integer getMaxNumberLength() {
      return maxNumberLength;
    }

    /**
     * @param maxNumberLength the longest number, or null for the default
     */
    public void setMaxNumberLength(Integer maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * Returns the SDK's reading options for these settings: the strictness.
     *
     * @return the options
     */
    public ReadOptions toReadOptions() {
      return ReadOptions.of(strictness);
    }

    /**
     * Returns the SDK's limits of the JSON and XML readers for these settings.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is out of the SDK's range
     */
    public Limits toLimits() {
      Limits.Builder limits = Limits.defaults().toBuilder();
      if (maxDocumentBytes != null) {
        limits.maxDocumentBytes(maxDocumentBytes);
      }
      if (maxNestingDepth != null) {
        limits.maxNestingDepth(maxNestingDepth);
      }
      if (maxTokenCount != null) {
        limits.maxTokenCount(maxTokenCount);
      }
      if (maxStringLength != null) {
        limits.maxStringLength(maxStringLength);
      }
      if (maxNumberLength != null) {
        limits.maxNumberLength(maxNumberLength);
      }
      return limits.build();
    }
  }
}
