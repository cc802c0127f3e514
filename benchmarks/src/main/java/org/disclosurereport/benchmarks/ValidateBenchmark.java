package org.disclosurereport.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.ReportValidator;
import org.disclosurereport.validation.Rule;
import org.disclosurereport.validation.RuleCatalogue;
import org.disclosurereport.validation.RuleScope;
import org.disclosurereport.validation.ValidationResult;
import org.disclosurereport.validation.bean.ReportBeanValidation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validating the fixture's report: Bean Validation with every rule (what a portal runs before
 * accepting an upload), the rules alone, and the identity rules (the sum relations) alone. The
 * ratios compare each with {@link ReadJsonBenchmark#hardened()} of the same run.
 */
@State(Scope.Benchmark)
public class ValidateBenchmark extends BenchmarkDefaults {
  private AnnualReport report;
  private ValidatorFactory factory;
  private Validator beanValidator;
  private ReportValidator rules;
  private ReportValidator identities;

  /** Builds the validators once per fork, as an application does at start-up. */
  @Setup
  public void setUp() {
    report = Fixture.get().report();
    factory = ReportBeanValidation.buildValidatorFactory(Locale.CHINA);
    beanValidator = factory.getValidator();
    rules = ReportValidator.create();
    identities = identityRulesOnly();
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /**
   * Returns a validator that checks only the sum relations of the edition: every rule of one report
   * that does not check a relation is switched off.
   *
   * @return the validator
   */
  static ReportValidator identityRulesOnly() {
    ReportValidator.Builder b = ReportValidator.builder();
    for (Rule r : RuleCatalogue.all()) {
      if (r.scope() == RuleScope.REPORT && r.relationId().isEmpty()) {
        b.disable(r.id());
      }
    }
    return b.build();
  }

  /**
   * Full validation: Bean Validation of the model's constraints plus every rule of the report.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<AnnualReport>> full() {
    return beanValidator.validate(report);
  }

  /**
   * Every rule of the report, without Bean Validation.
   *
   * @return the findings
   */
  @Benchmark
  public ValidationResult rules() {
    return rules.validate(report);
  }

  /**
   * The identity rules alone: every sum relation of the edition.
   *
   * @return the findings
   */
  @Benchmark
  public ValidationResult identities() {
    return identities.validate(report);
  }
}
