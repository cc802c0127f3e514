package org.disclosurereport.cli.internal.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disclosurereport.validation.BlankPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the value of {@code --blank} as the validator's {@link BlankPolicy}: {@code error} is
 * {@link BlankPolicy#BLANK_IS_ERROR}, {@code zero} is {@link BlankPolicy#BLANK_AS_ZERO}, {@code
 * both} is {@link BlankPolicy#BLANK_CHECKED_BOTH_WAYS}, and any policy may also be named in full
 * ({@code blank_as_zero}), in any case.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BlankPolicyConverter implements ITypeConverter<BlankPolicy> {
  @Override
  public BlankPolicy convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "error":
        return BlankPolicy.BLANK_IS_ERROR;
      case "zero":
        return BlankPolicy.BLANK_AS_ZERO;
      case "both":
        return BlankPolicy.BLANK_CHECKED_BOTH_WAYS;
      default:
        return Arrays.stream(BlankPolicy.values())
            .filter(p -> p.name().equalsIgnoreCase(v))
            .findFirst()
            .orElseThrow(
                () ->
                    new TypeConversionException(
                        "Invalid value for --blank: "
                            + value
                            + " (valid values: error, both, zero, "
                            + Arrays.stream(BlankPolicy.values())
                                .map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                            + ")"));
    }
  }
}
