package org.disclosurereport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurereport.document.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code disclosure convert IN --to json|xml|html|txt [-o OUT]}: reads a report in any supported
 * format and writes it in another: the canonical JSON or XML form, the official layout as HTML, or
 * plain text. Exit codes as described in {@link Transformation}.
 */
@Command(name = "convert", sortOptions = false, usageHelpAutoWidth = false)
final class ConvertCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help")
  boolean help;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.input")
  Path input;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "json|xml|html|txt|docx",
      converter = FormatConverter.class,
      descriptionKey = "convert.to")
  DocumentFormat target;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "OUT",
      descriptionKey = "convert.out")
  Path output;

  @picocli.CommandLine.Mixin MetadataOptions metadata = new MetadataOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final CommandContext context;

  ConvertCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return new Transformation(MetadataOptions.applyOrFail(metadata, context, spec))
        .run(input, target, output);
  }

  /** Converts {@code json}, {@code xml}, {@code html} and {@code txt} (any case). */
  static final class FormatConverter implements ITypeConverter<DocumentFormat> {
    @Override
    public DocumentFormat convert(String value) {
      return DocumentFormat.fromId(value)
          .filter(f -> f != DocumentFormat.PDF && f != DocumentFormat.DOC)
          .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(value));
    }
  }
}
