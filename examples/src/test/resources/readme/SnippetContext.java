package snippets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.testkit.Mutant;
import org.disclosurereport.validation.ReportValidator;

/**
 * What the README snippets take as given: the reader's own report, validator and portal, and the
 * reader's own classes the snippets call (an importer, an exporter, a dashboard). Each snippet is
 * compiled in a class that extends this one.
 */
public abstract class SnippetContext {
  protected AnnualReport report;
  protected AnnualReport previous;
  protected AnnualReport current;
  protected ReportValidator validator;
  protected Mutant mutant;
  protected CellAddress address;
  protected FuzzedDataProvider fuzzedDataProvider;
  protected Portal portal;
  protected Engine engine;

  protected abstract String write(AnnualReport report);

  protected abstract AnnualReport readBack(String document);

  protected abstract void check(AnnualReport report);

  /** The reader's portal. */
  public interface Portal {
    boolean accepts(AnnualReport report);
  }

  /** Another property-testing engine's source of numbers. */
  public interface Engine {
    long longBetween(long min, long max);
  }
}
