package org.disclosurereport.cli.internal.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;
import org.disclosurereport.finding.Severity;

/** The tool's one way of writing JSON: indented by two spaces, {@code \n} line ends. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private Json() {}

  static JsonGenerator generator(Writer out) {
    try {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return FACTORY
          .createGenerator(out)
          .setPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(indenter)
                  .withArrayIndenter(indenter)
                  .withSeparators(
                      DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(
                          com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** Writes an object of counts by severity: {@code {"error": n, "warning": n, "info": n}}. */
  static void bySeverity(JsonGenerator g, String name, ToLongFunction<Severity> count)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name().toLowerCase(Locale.ROOT), count.applyAsLong(s));
    }
    g.writeEndObject();
  }

  static void integer(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }

  static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(value.get());
    } else {
      g.writeNullField(name);
    }
  }
}
