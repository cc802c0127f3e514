/**
 * A small application of the SDK on the module path: it requires the modules a user requires and
 * the optional ones (XML, Bean Validation) as a user adds them.
 */
module org.disclosurereport.it.modulepath {
  requires org.disclosurereport.serialization;
  requires org.disclosurereport.validation;
  requires org.disclosurereport.layout;
  requires org.disclosurereport.documents;
  requires org.disclosurereport.testkit;
  requires org.disclosurereport.server;
  requires org.disclosurereport.jackson3;
  // XML is optional in disclosure-serialization: an application that writes XML requires it.
  requires com.fasterxml.jackson.dataformat.xml;
  // So is Bean Validation in disclosure-validation.
  requires jakarta.validation;
  requires org.hibernate.validator;
  // To fetch the service's page.
  requires java.net.http;
}
