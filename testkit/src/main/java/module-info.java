/**
 * Generators of consistent annual reports and of reports that break one rule, for property-based
 * tests with any engine; the QuickTheories and Jazzer adapters need their engine, which the test
 * brings.
 */
// Immutables (at compile time only), QuickTheories and the Jazzer API are automatic modules.
@SuppressWarnings("requires-automatic")
module org.disclosurereport.testkit {
  requires transitive org.disclosurereport.core;
  requires transitive org.disclosurereport.validation;
  // The engines are optional: a test that uses an adapter package requires its engine itself.
  requires static quicktheories;
  requires static jazzer.api;
  requires static org.immutables.value;

  exports org.disclosurereport.testkit;
  exports org.disclosurereport.testkit.jazzer;
  exports org.disclosurereport.testkit.quicktheories;
  exports org.disclosurereport.testkit.random;
  exports org.disclosurereport.testkit.samples;
}
