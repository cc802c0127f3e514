package org.disclosurereport.layout.internal;

/**
 * Thrown by the sources when an input has more of something than the reader's options allow; the
 * reader turns it into one finding and reads nothing, so that a hostile input costs bounded memory
 * and linear time.
 */
public final class InputLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was counted, in English and Chinese, for the message. */
  private final String what;

  private final String whatZh;
  private final long limit;
  private final String option;

  /**
   * Creates the exception.
   *
   * @param what what was counted ("table cells")
   * @param whatZh the same in Chinese
   * @param limit the limit broken
   * @param option the option that sets it ("maxCells")
   */
  public InputLimitException(String what, String whatZh, long limit, String option) {
    super(what + " over " + limit, null, false, false);
    this.what = what;
    this.whatZh = whatZh;
    this.limit = limit;
    this.option = option;
  }

  /**
   * @return what was counted
   */
  public String what() {
    return what;
  }

  /**
   * @return what was counted, in Chinese
   */
  public String whatZh() {
    return whatZh;
  }

  /**
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * @return the option that sets the limit
   */
  public String option() {
    return option;
  }
}
