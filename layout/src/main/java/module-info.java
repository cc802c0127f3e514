/** Readers of reports published as HTML pages or text, and renderers of the official layout. */
@SuppressWarnings("requires-automatic") // Immutables, at compile time only
module org.disclosurereport.layout {
  requires transitive org.disclosurereport.core;
  requires org.jsoup;
  requires static org.immutables.value;

  exports org.disclosurereport.layout;

  // The message bundle: core's MessageRenderer loads it on behalf of this module.
  opens org.disclosurereport.layout to
      org.disclosurereport.core;
}
