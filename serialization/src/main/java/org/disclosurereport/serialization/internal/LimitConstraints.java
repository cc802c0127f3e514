package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.disclosurereport.serialization.ReadCode;

/**
 * Jackson's read constraints for a set of limits, whose every violation says by its type which
 * limit it was: Jackson throws one exception type for all of them, told apart only by its message,
 * which a new version may word differently. Each check is Jackson's own; only the exception it
 * throws is replaced by an {@link Exceeded} carrying the limit's read code.
 */
final class LimitConstraints extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /** A limit exceeded, with the read code of that limit. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final ReadCode code;

    Exceeded(ReadCode code, StreamConstraintsException cause) {
      super(cause.getOriginalMessage(), cause.getLocation());
      this.code = code;
    }

    /**
     * Returns the code of the limit exceeded.
     *
     * @return one of the {@code LIMIT_} codes
     */
    ReadCode code() {
      return code;
    }
  }

  LimitConstraints(StreamReadConstraints c) {
    super(
        c.getMaxNestingDepth(),
        c.getMaxDocumentLength(),
        c.getMaxNumberLength(),
        c.getMaxStringLength(),
        c.getMaxNameLength(),
        c.getMaxTokenCount());
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_NESTING_DEPTH, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) throws StreamConstraintsException {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_DOCUMENT_SIZE, e);
    }
  }

  @Override
  public void validateTokenCount(long count) throws StreamConstraintsException {
    try {
      super.validateTokenCount(count);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_TOKEN_COUNT, e);
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_NUMBER_LENGTH, e);
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_NUMBER_LENGTH, e);
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_STRING_LENGTH, e);
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(ReadCode.LIMIT_NAME_LENGTH, e);
    }
  }
}
