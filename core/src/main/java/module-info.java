/**
 * The core of the SDK: the two editions of the format described as data, the immutable report
 * model, the one diagnostics vocabulary every module reports with, what a reader hands back and
 * atomic writes. It depends on the JDK alone.
 *
 * <p>{@link org.disclosurereport.finding.MessageRenderer} loads every module's message bundle on
 * behalf of the module that holds it, so a bundle stays encapsulated in its own module.
 */
@SuppressWarnings("requires-automatic") // Immutables, at compile time only
module org.disclosurereport.core {
  // Immutables generates the value types at compile time; nothing of it is needed at run time.
  requires static org.immutables.value;

  exports org.disclosurereport.document;
  exports org.disclosurereport.edition;
  exports org.disclosurereport.finding;
  exports org.disclosurereport.io;
  exports org.disclosurereport.model;
}
