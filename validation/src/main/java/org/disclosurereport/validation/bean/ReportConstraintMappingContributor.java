package org.disclosurereport.validation.bean;

import jakarta.validation.valueextraction.Unwrapping;
import org.disclosurereport.model.AbstractAnnualReport;
import org.disclosurereport.model.AbstractInformationProcessingFees;
import org.disclosurereport.model.AbstractOtherMatters;
import org.disclosurereport.model.AbstractReportMetadata;
import org.disclosurereport.model.CellValue;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.RangeDef;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * The Bean Validation constraints of the report model, declared programmatically so that the core
 * module, which defines the model, depends on no Bean Validation API.
 *
 * <ul>
 *   <li>{@code AnnualReport}: {@link ConsistentReport} (the rule engine), {@code metadata} present
 *       and cascaded, section 六 cascaded;
 *   <li>{@code ReportMetadata}: {@code organName} given and not blank, {@code edition} present,
 *       {@code reportYear} given and within the years the model accepts (the model lets a report
 *       read from a page without them exist, incomplete), and {@code title}, {@code creditCode},
 *       {@code divisionCode}, {@code indexNumber} not blank when given (rule DR-V001);
 *   <li>cell values: counts zero or more (rule DR-V010), amounts zero or more.
 * </ul>
 *
 * <p>A report does not cascade into its cells. A count or an amount cannot be negative (their
 * constructors refuse it, and records cannot be made without them), so cascading into the 200 cells
 * of a report would check what cannot be false, and it was half the cost of validating a report.
 * The constraints stay on the cell types, for a container that validates a cell value on its own;
 * the fees of section 六 are cascaded, three values.
 *
 * <p>The model refuses most of these shapes when it is built; the constraints make them visible to
 * a container too, and to reports a container builds by other means. Constraints are declared on
 * the model's accessors ({@code organName()}), which requires {@link
 * AccessorGetterPropertySelectionStrategy}. Hibernate Validator instantiates this class by name
 * (property {@code hibernate.validator.constraint_mapping_contributors}); {@link
 * ReportBeanValidation#configure} registers it directly.
 */
public final class ReportConstraintMappingContributor implements ConstraintMappingContributor {
  private static final String NOT_NULL = "{bean.notNull}";
  private static final String NOT_BLANK = "{bean.notBlank}";
  private static final String NOT_NEGATIVE = "{bean.notNegative}";

  /** Creates the contributor; Hibernate Validator instantiates it by name, too. */
  public ReportConstraintMappingContributor() {}

  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    declare(builder.addConstraintMapping());
  }

  /**
   * An optional text, when given, has a character that is not white space. {@code @NotBlank} would
   * refuse an empty {@code Optional} too, since Hibernate Validator hands it the empty value as
   * null.
   */
  private static PatternDef notBlankWhenGiven() {
    return new PatternDef().regexp("(?s).*\\S.*").message(NOT_BLANK);
  }

  /**
   * Declares the model's constraints in a mapping.
   *
   * @param mapping the mapping to fill
   */
  @SuppressWarnings(
      "unchecked") // payload(Class<? extends Payload>...): one class, no heap pollution
  static void declare(ConstraintMapping mapping) {
    mapping
        .type(AbstractAnnualReport.class)
        .constraint(new GenericConstraintDef<>(ConsistentReport.class))
        .getter("metadata")
        .constraint(new NotNullDef().message(NOT_NULL))
        .valid()
        .getter("otherMatters")
        .valid();
    mapping
        .type(AbstractReportMetadata.class)
        // Checked on the value inside the Optional: an empty one (no organ, no year) is a
        // violation, as the validator's DR-V001 is.
        .getter("organName")
        .constraint(new NotBlankDef().message(NOT_BLANK).payload(Unwrapping.Unwrap.class))
        .getter("edition")
        .constraint(new NotNullDef().message(NOT_NULL))
        .getter("reportYear")
        .constraint(new NotNullDef().message(NOT_NULL).payload(Unwrapping.Unwrap.class))
        .constraint(
            new RangeDef()
                .min(AbstractReportMetadata.FIRST_REPORT_YEAR)
                .max(AbstractReportMetadata.LAST_REPORT_YEAR)
                .message("{bean.range}")
                .payload(Unwrapping.Unwrap.class))
        .getter("title")
        .containerElementType()
        .constraint(notBlankWhenGiven())
        .getter("creditCode")
        .containerElementType()
        .constraint(notBlankWhenGiven())
        .getter("divisionCode")
        .containerElementType()
        .constraint(notBlankWhenGiven())
        .getter("indexNumber")
        .containerElementType()
        .constraint(notBlankWhenGiven());
    mapping.type(AbstractOtherMatters.class).getter("fees").containerElementType().valid();
    mapping
        .type(AbstractInformationProcessingFees.class)
        .getter("noticesIssued")
        .valid()
        .getter("amountNotified")
        .valid()
        .getter("amountCollected")
        .valid();
    mapping
        .type(CellValue.Count.class)
        .getter("value")
        .constraint(new MinDef().value(0).message(NOT_NEGATIVE));
    mapping
        .type(CellValue.Amount.class)
        .getter("value")
        .constraint(new DecimalMinDef().value("0").message(NOT_NEGATIVE));
  }
}
