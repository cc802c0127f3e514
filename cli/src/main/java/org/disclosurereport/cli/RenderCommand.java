package org.disclosurereport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurereport.document.DocumentFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code disclosure render IN -o report.html}: reads a report in any supported format and renders
 * it in the official layout as an HTML page, ready to publish or print, or with {@code --to docx}
 * as a Word document. The same as {@code convert IN --to html|docx}; exit codes as described in
 * {@link Transformation}.
 */
@Command(name = "render", sortOptions = false, usageHelpAutoWidth = false)
final class RenderCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help")
  boolean help;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "render.input")
  Path input;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "OUT",
      descriptionKey = "render.out")
  Path output;

  @Option(
      names = "--to",
      paramLabel = "html|docx",
      defaultValue = "html",
      converter = LayoutFormatConverter.class,
      descriptionKey = "render.to")
  DocumentFormat target;

  @picocli.CommandLine.Mixin MetadataOptions metadata = new MetadataOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final CommandContext context;

  RenderCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return new Transformation(MetadataOptions.applyOrFail(metadata, context, spec))
        .run(input, target, output);
  }

  /** Reads {@code --to}: the formats of the official layout. */
  static final class LayoutFormatConverter
      implements picocli.CommandLine.ITypeConverter<DocumentFormat> {
    @Override
    public DocumentFormat convert(String value) {
      return DocumentFormat.fromId(value)
          .filter(f -> f == DocumentFormat.HTML || f == DocumentFormat.DOCX)
          .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(value));
    }
  }
}
