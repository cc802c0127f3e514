package org.disclosurereport.finding;

import java.util.Objects;

/**
 * Where the messages of a code catalogue (or of a tool's texts) are: the base name of a properties
 * resource bundle and the module that holds it.
 *
 * <p>Only {@link MessageRenderer} loads bundles, always on behalf of the bundle's own module (the
 * {@code ResourceBundle} lookup that takes a {@code Module}), so that the same lookup works on the
 * class path and on the module path. On the module path, a module whose bundle lives in one of its
 * packages opens that package to {@code org.disclosurereport.core}, for example {@code opens
 * org.disclosurereport.layout to org.disclosurereport.core;}.
 *
 * <p>Every bundle follows one convention: the base file ({@code Name.properties}) is English and
 * {@code Name_zh.properties} is Chinese; the message of a code is keyed by the code's {@link
 * FindingCode#messageKey()} (its id), variants by {@code <id>.<variant>}, the description of a code
 * by {@code <id>.description}, shared phrases by lower-case dotted keys; placeholders are {@code
 * {name}}, filled with the finding's named arguments (see {@link MessageRenderer#substitute}).
 *
 * @param baseName the fully qualified base name, for example {@code
 *     org.disclosurereport.layout.ReaderMessages}
 * @param module the module that holds the bundle
 */
public record MessageBundle(String baseName, Module module) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public MessageBundle {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(module, "module");
  }

  /**
   * Returns the bundle named {@code simpleName} in the package of a class, held by that class's
   * module.
   *
   * @param anchor a class of the package that holds the bundle
   * @param simpleName the bundle's name in the package, for example {@code ReaderMessages}
   * @return the bundle
   */
  public static MessageBundle of(Class<?> anchor, String simpleName) {
    return new MessageBundle(anchor.getPackageName() + "." + simpleName, anchor.getModule());
  }
}
