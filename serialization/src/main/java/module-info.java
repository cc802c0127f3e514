/**
 * The canonical JSON and XML forms of a report and the Jackson 2 module.
 *
 * <p>XML is optional: Jackson's XML data format is read only when the application's module graph
 * holds it ({@code requires com.fasterxml.jackson.dataformat.xml} in the application), and {@code
 * ReportXml} says what to add when it is absent. JSON needs nothing but Jackson's databind.
 */
@SuppressWarnings("requires-automatic") // Immutables, at compile time only
module org.disclosurereport.serialization {
  requires transitive org.disclosurereport.core;
  requires transitive com.fasterxml.jackson.databind;
  // The JDK's StAX types, which the API names (ReportXml.harden): a module of the JDK.
  requires transitive java.xml;
  requires static com.fasterxml.jackson.dataformat.xml;
  requires static com.ctc.wstx;
  requires static org.codehaus.stax2;
  requires static org.immutables.value;

  exports org.disclosurereport.serialization;

  // The message bundle: core's MessageRenderer loads it on behalf of this module.
  opens org.disclosurereport.serialization to
      org.disclosurereport.core;

  // ObjectMapper.findAndRegisterModules() finds the report's module.
  provides com.fasterxml.jackson.databind.Module with
      org.disclosurereport.serialization.DisclosureModule;
}
