package org.disclosurereport.cli.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disclosurereport.cli.internal.input.InputFormat;
import org.disclosurereport.serialization.DocumentFormat;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReadCode;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.validation.BlankPolicy;
import org.disclosurereport.validation.Finding;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;

/**
 * Wires the SDK's readers, writers, validator and rules into a {@link Toolkit}.
 *
 * <p>JSON and XML are read strictly (a member the canonical form does not have is an error, so
 * that a misspelt name is caught before publishing) and written pretty-printed. Reports are
 * checked with the validator's rules, and with its cross-year rules when last year's report is
 * given.
 */
final class StandardToolkit {
  private static final String READ_MESSAGES = "org.disclosurereport.serialization.ReadMessages";

  private StandardToolkit() {}

  static Toolkit create() {
    ReportJson json = ReportJson.create();
    ReportXml xml = ReportXml.create();
    return Toolkit.empty()
        .withReader(InputFormat.JSON, (bytes, detection, source) -> attempt(json.read(bytes, source)))
        .withReader(InputFormat.XML, (bytes, detection, source) -> attempt(xml.read(bytes, source)))
        .withWriter(InputFormat.JSON, (report, out) -> json.write(report, Formatting.PRETTY, out))
        .withWriter(InputFormat.XML, (report, out) -> xml.write(report, Formatting.PRETTY, out))
        .withCheckers(StandardToolkit::checker)
        .withRules(rules());
  }

  private static ReadAttempt attempt(org.disclosurereport.serialization.ReadResult r) {
    return new ReadAttempt(r.report(), r.findings());
  }

  private static ReportChecker checker(BlankTreatment blanks) {
    ReportValidator validator =
        ReportValidator.builder()
            .blankPolicy(blanks == BlankTreatment.ZERO ? BlankPolicy.BLANK_AS_ZERO : BlankPolicy.BLANK_IS_ERROR)
            .build();
    return (report, previous) -> {
      List<Finding> findings = new ArrayList<>(validator.validate(report).findings());
      previous.ifPresent(p -> findings.addAll(validator.validateConsecutive(p, report).findings()));
      return findings;
    };
  }

  /** The validator's rules, then the JSON and XML readers' problems. */
  private static List<RuleInfo> rules() {
    List<RuleInfo> rules = new ArrayList<>();
    for (Rule r : RuleCatalogue.all()) {
      rules.add(
          new RuleInfo(
              r.id(), r.defaultSeverity(), "validation", r.descriptionEn(), r.descriptionZh(), r.relationId()));
    }
    for (DocumentFormat format : DocumentFormat.values()) {
      for (ReadCode code : ReadCode.values()) {
        if (code.appliesTo(format)) {
          rules.add(
              new RuleInfo(
                  code.id(format),
                  code.severity(),
                  format.name().toLowerCase(Locale.ROOT),
                  readerTitle(code, Locale.ENGLISH),
                  readerTitle(code, Locale.SIMPLIFIED_CHINESE),
                  Optional.empty()));
        }
      }
    }
    return rules;
  }

  /**
   * The title of a reader's problem: its message without the place and with "…" for the
   * particulars, from the readers' own message bundle.
   */
  private static String readerTitle(ReadCode code, Locale locale) {
    try {
      String pattern =
          ResourceBundle.getBundle(
                  READ_MESSAGES,
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(code.name());
      String text = pattern.replaceFirst("^\\{0\\}\\s*[:：]\\s*", "").replaceAll("\\{\\d+}", "…");
      return text.isEmpty() ? code.name() : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    } catch (MissingResourceException e) {
      return code.name();
    }
  }
}
