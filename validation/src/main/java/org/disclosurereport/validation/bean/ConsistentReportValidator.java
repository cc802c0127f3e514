package org.disclosurereport.validation.bean;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.finding.JsonPointer;
import org.disclosurereport.finding.Severity;
import org.disclosurereport.model.AbstractAnnualReport;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.validation.ReportValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ConsistentReport}: runs the rule engine once per report and turns findings into
 * constraint violations.
 *
 * <p>Bean Validation providers create one instance per constraint declaration and reuse it; the
 * {@link ReportValidator} is built once in {@link #initialize}, so a validation does no work beyond
 * the rules themselves.
 *
 * <p>A container integration may extend it to render messages itself ({@link
 * #messageTemplate(Finding)}) or, when it declares no field constraints on the model, to report
 * every rule at class level ({@link #ConsistentReportValidator(boolean)}).
 */
public class ConsistentReportValidator
    implements ConstraintValidator<ConsistentReport, AbstractAnnualReport> {

  /** Rules expressed by the model's field constraints, not repeated at class level. */
  static final List<String> FIELD_RULES = List.of("DR-V001", "DR-V010");

  private final boolean fieldRulesDeclared;
  private ReportValidator validator;
  private Severity minimum = Severity.ERROR;

  /**
   * Creates the validator used with {@link ReportConstraintMappingContributor}, whose field
   * constraints report DR-V001 and DR-V010.
   */
  public ConsistentReportValidator() {
    this(true);
  }

  /**
   * Creates a validator.
   *
   * @param fieldRulesDeclared whether the model's field constraints are declared (then the rules
   *     they express are left to them); false reports every rule at class level
   */
  protected ConsistentReportValidator(boolean fieldRulesDeclared) {
    this.fieldRulesDeclared = fieldRulesDeclared;
  }

  @Override
  public void initialize(ConsistentReport annotation) {
    ReportValidator.Builder b = ReportValidator.builder().blankPolicy(annotation.blankPolicy());
    if (fieldRulesDeclared) {
      FIELD_RULES.forEach(b::disable);
    }
    this.validator = b.build();
    this.minimum = annotation.minimumSeverity();
  }

  @Override
  public boolean isValid(AbstractAnnualReport value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    AnnualReport report = value instanceof AnnualReport r ? r : AnnualReport.copyOf(value);
    List<Finding> shown = new ArrayList<>();
    for (Finding f : validator.validate(report).findings()) {
      if (f.severity().compareTo(minimum) <= 0) {
        shown.add(f);
      }
    }
    if (shown.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext h =
        context.unwrap(HibernateConstraintValidatorContext.class);
    h.disableDefaultConstraintViolation();
    for (Finding f : shown) {
      f.messageArguments().forEach(h::addMessageParameter);
      h.withDynamicPayload(f);
      addAt(h.buildConstraintViolationWithTemplate(messageTemplate(f)), f.location());
    }
    return false;
  }

  /**
   * Returns the message template of a finding's violation: by default its keys in the validation
   * module's bundle, for {@link ReportMessageInterpolator} to render in the caller's locale.
   *
   * @param finding the finding
   * @return a Bean Validation message template
   */
  protected String messageTemplate(Finding finding) {
    return finding.messageKeys().stream().map(k -> "{" + k + "}").collect(Collectors.joining());
  }

  /**
   * Adds the violation at the property the finding's JSON Pointer names: {@code /tables/t/r/c} is
   * the entry {@code cells[t/r/c]} of the report's cell map, {@code /edition} is {@code
   * metadata.edition}, other pointers name properties segment by segment, and a finding without a
   * pointer is about the report itself.
   */
  static void addAt(ConstraintViolationBuilder builder, FindingLocation location) {
    List<String> segments = location.jsonPointer().map(JsonPointer::tokens).orElse(List.of());
    if (segments.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    if (segments.get(0).equals("tables")) {
      NodeBuilderCustomizableContext cells = builder.addPropertyNode("cells");
      if (segments.size() == 4) {
        cells
            .addBeanNode()
            .inIterable()
            .atKey(CellAddress.of(segments.get(1), segments.get(2), segments.get(3)))
            .addConstraintViolation();
      } else {
        cells.addConstraintViolation();
      }
      return;
    }
    List<String> properties =
        segments.get(0).equals("edition") ? List.of("metadata", "edition") : segments;
    NodeBuilderCustomizableContext node = builder.addPropertyNode(properties.get(0));
    for (int i = 1; i < properties.size(); i++) {
      node = node.addPropertyNode(properties.get(i));
    }
    node.addConstraintViolation();
  }
}
