package org.disclosurereport.serialization;

import java.util.Objects;

/**
 * The limits a reader enforces on a document before and while it parses it, sized for this domain:
 * a complete report is a few kilobytes (about 200 numbers and some pages of text), so the defaults
 * leave a wide margin for long narratives and extensions while stopping hostile input (huge
 * strings, deep nesting, endless token streams) early, with its own finding code and without
 * exhausting memory or time.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>finding when exceeded</th></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>1,048,576 (1 MiB)</td><td>{@link ReadCode#LIMIT_DOCUMENT_SIZE}</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>32</td><td>{@link ReadCode#LIMIT_NESTING_DEPTH}</td></tr>
 *   <tr><td>{@link #maxTokenCount()}</td><td>50,000</td><td>{@link ReadCode#LIMIT_TOKEN_COUNT}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>131,072 characters</td><td>{@link ReadCode#LIMIT_STRING_LENGTH}</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>32 characters</td><td>{@link ReadCode#LIMIT_NUMBER_LENGTH}</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>256 characters</td><td>{@link ReadCode#LIMIT_NAME_LENGTH}</td></tr>
 *   <tr><td>{@link #maxAttributes()} (XML)</td><td>16 per element</td><td>{@link ReadCode#LIMIT_ATTRIBUTES}</td></tr>
 * </table>
 *
 * <p>The limits are set on the reader's own parser factories (Jackson's {@code
 * StreamReadConstraints}, Woodstox's input properties) and checked again while the document tree is
 * built, never on Jackson's global defaults.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Limits {
  private static final Limits DEFAULTS = builder().build();

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxTokenCount;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxAttributes;

  private Limits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxTokenCount = b.maxTokenCount;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
    this.maxAttributes = b.maxAttributes;
  }

  /**
   * Returns the default limits (see the table above).
   *
   * @return the defaults
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from these limits.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxDocumentBytes = maxDocumentBytes;
    b.maxNestingDepth = maxNestingDepth;
    b.maxTokenCount = maxTokenCount;
    b.maxStringLength = maxStringLength;
    b.maxNumberLength = maxNumberLength;
    b.maxNameLength = maxNameLength;
    b.maxAttributes = maxAttributes;
    return b;
  }

  /**
   * @return the largest document accepted, in bytes of input
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * @return the deepest nesting of objects, arrays or elements accepted
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * @return the most tokens (JSON) or elements (XML) a document may have
   */
  public int maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * @return the longest string value or text accepted, in characters
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * @return the longest number literal accepted, in characters
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * @return the longest member or element name accepted, in characters
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * @return the most attributes an XML element may have
   */
  public int maxAttributes() {
    return maxAttributes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l
        && maxDocumentBytes == l.maxDocumentBytes
        && maxNestingDepth == l.maxNestingDepth
        && maxTokenCount == l.maxTokenCount
        && maxStringLength == l.maxStringLength
        && maxNumberLength == l.maxNumberLength
        && maxNameLength == l.maxNameLength
        && maxAttributes == l.maxAttributes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentBytes,
        maxNestingDepth,
        maxTokenCount,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxAttributes);
  }

  @Override
  public String toString() {
    return "Limits[maxDocumentBytes="
        + maxDocumentBytes
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxTokenCount="
        + maxTokenCount
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxAttributes="
        + maxAttributes
        + "]";
  }

  /** Builds {@link Limits}; each setter checks its value. Not thread-safe. */
  public static final class Builder {
    private long maxDocumentBytes = 1L << 20;
    private int maxNestingDepth = 32;
    private int maxTokenCount = 50_000;
    private int maxStringLength = 131_072;
    private int maxNumberLength = 32;
    private int maxNameLength = 256;
    private int maxAttributes = 16;

    private Builder() {}

    /**
     * @param value the largest document in bytes, 1 to 2^31-1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDocumentBytes(long value) {
      maxDocumentBytes = check("maxDocumentBytes", value, 1, Integer.MAX_VALUE);
      return this;
    }

    /**
     * @param value the deepest nesting, 8 (the canonical form needs 7) to 10,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNestingDepth(int value) {
      maxNestingDepth = (int) check("maxNestingDepth", value, 8, 10_000);
      return this;
    }

    /**
     * @param value the most tokens or elements, 100 to 2^31-1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxTokenCount(int value) {
      maxTokenCount = (int) check("maxTokenCount", value, 100, Integer.MAX_VALUE);
      return this;
    }

    /**
     * @param value the longest string in characters, 64 to 2^31-1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxStringLength(int value) {
      maxStringLength = (int) check("maxStringLength", value, 64, Integer.MAX_VALUE);
      return this;
    }

    /**
     * @param value the longest number literal, 24 (an amount of 20 digits with sign and point) to
     *     1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNumberLength(int value) {
      maxNumberLength = (int) check("maxNumberLength", value, 24, 1_000);
      return this;
    }

    /**
     * @param value the longest name, 64 to 100,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNameLength(int value) {
      maxNameLength = (int) check("maxNameLength", value, 64, 100_000);
      return this;
    }

    /**
     * @param value the most attributes of one XML element, 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAttributes(int value) {
      maxAttributes = (int) check("maxAttributes", value, 1, 1_000);
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public Limits build() {
      return new Limits(this);
    }

    private static long check(String name, long value, long min, long max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            "Invalid value for " + name + " (valid values " + min + " - " + max + "): " + value);
      }
      return value;
    }
  }
}
