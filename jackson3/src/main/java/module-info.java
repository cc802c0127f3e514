/** The Jackson 3 ({@code tools.jackson}) module of the annual report, beside the Jackson 2 one. */
// Named after its package and the Jackson major version it binds, like the artifact.
@SuppressWarnings("module")
module org.disclosurereport.jackson3 {
  requires transitive org.disclosurereport.core;
  requires transitive tools.jackson.databind;
  requires transitive org.disclosurereport.serialization;

  exports org.disclosurereport.jackson3;

  // JsonMapper.builder().findAndAddModules() finds the report's module.
  provides tools.jackson.databind.JacksonModule with
      org.disclosurereport.jackson3.DisclosureModule;
}
