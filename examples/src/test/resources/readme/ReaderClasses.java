package snippets;

import org.disclosurereport.model.AnnualReport;

/** The reader's own classes that README snippets call, as the prose takes them as given. */
public final class ReaderClasses {
  private ReaderClasses() {}

  public static final class MyExporter {
    public static String write(AnnualReport report) {
      return report.toString();
    }
  }

  public static final class MyImporter {
    public static AnnualReport read(String document) {
      throw new UnsupportedOperationException(document);
    }
  }

  public static final class Dashboard {
    public static Dashboard of(AnnualReport report) {
      return new Dashboard();
    }

    public long applicationsHandled() {
      return 0;
    }
  }

  public static final class InvalidReportException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  public static final class Importer {
    public static void load(AnnualReport report) throws InvalidReportException {}
  }

  public static final class Receipt {
    public static Receipt of(AnnualReport report) {
      return new Receipt();
    }
  }
}
