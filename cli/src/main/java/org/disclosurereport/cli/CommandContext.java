package org.disclosurereport.cli;

import java.util.Locale;
import java.util.Objects;
import org.disclosurereport.cli.internal.Terminal;
import org.disclosurereport.cli.internal.io.Toolkit;

/**
 * What every command runs with: the terminal, the SDK parts, and the language chosen by {@code
 * --lang} or the system locale.
 *
 * @param terminal the terminal
 * @param toolkit the readers, writers, validator and rules
 * @param locale the language of output
 */
record CommandContext(Terminal terminal, Toolkit toolkit, Locale locale) {
  CommandContext {
    Objects.requireNonNull(terminal);
    Objects.requireNonNull(toolkit);
    Objects.requireNonNull(locale);
  }
}
