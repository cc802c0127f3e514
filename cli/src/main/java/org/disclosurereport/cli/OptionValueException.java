package org.disclosurereport.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A converter's refusal of an option's value, with the values the option takes, which {@link
 * UsageErrors} words as {@code DR-C017} in the output's language: a converter knows what it takes,
 * the handler knows the option, the value and the language.
 */
final class OptionValueException extends TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final String allowed;

  /**
   * Creates the refusal.
   *
   * @param allowed the values the option takes, as the help shows them ({@code html, docx})
   */
  OptionValueException(String allowed) {
    super("it takes " + allowed);
    this.allowed = allowed;
  }

  /**
   * Returns the values the option takes.
   *
   * @return for example {@code json, xml, html, txt, docx}
   */
  String allowed() {
    return allowed;
  }
}
