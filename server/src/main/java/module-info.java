/** The validation service and web page of {@code disclosure serve}, on Jetty 12. */
module org.disclosurereport.server {
  requires transitive org.disclosurereport.core;
  requires transitive org.disclosurereport.validation;
  requires org.disclosurereport.layout;
  requires org.eclipse.jetty.server;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;

  exports org.disclosurereport.server;

  // The message bundle: core's MessageRenderer loads it on behalf of this module.
  opens org.disclosurereport.server.internal to
      org.disclosurereport.core;
}
