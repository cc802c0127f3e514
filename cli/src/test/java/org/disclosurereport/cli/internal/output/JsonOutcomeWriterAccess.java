package org.disclosurereport.cli.internal.output;

import com.fasterxml.jackson.databind.JsonNode;

/** Lets tests of the commands check output against the documented schema. */
public final class JsonOutcomeWriterAccess {
  private JsonOutcomeWriterAccess() {}

  /**
   * Fails unless the output of {@code validate --output json} matches its schema.
   *
   * @param output the parsed output
   * @throws Exception if the schema cannot be read
   */
  public static void assertMatchesSchema(JsonNode output) throws Exception {
    JsonOutcomeWriterTest.assertMatchesSchema(output);
  }
}
