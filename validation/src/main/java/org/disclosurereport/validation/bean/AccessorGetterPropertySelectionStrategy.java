package org.disclosurereport.validation.bean;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see accessors named after their property, as the report model has them
 * ({@code organName()}, {@code cells()}, records' {@code value()}), as well as JavaBeans getters
 * ({@code getX()}, {@code isX()}).
 *
 * <p>Hibernate Validator's default strategy only knows JavaBeans getters, so constraints on {@code
 * organName()} would be silently ignored. Any method without parameters that returns a value is a
 * property here, except the methods of {@code Object} and of enums, which are never properties.
 * Configure it once per validator factory (see the package documentation).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccessorGetterPropertySelectionStrategy
    implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of(
          "toString",
          "hashCode",
          "getClass",
          "clone",
          "finalize",
          "notify",
          "notifyAll",
          "wait",
          "name",
          "ordinal",
          "getDeclaringClass",
          "describeConstable",
          "values");

  /** Creates the strategy; Hibernate Validator instantiates it by name, too. */
  public AccessorGetterPropertySelectionStrategy() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    Class<?> type = executable.getReturnType();
    if (executable.getParameterTypes().length != 0
        || type == void.class
        || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (isPrefixed(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (isPrefixed(name, "is") && (type == boolean.class || type == Boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static boolean isPrefixed(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
