package org.disclosurereport.edition;

/**
 * The stable English keys of tables, rows and columns, as constants for typed access.
 *
 * <p>Keys are names only. Which keys an edition has, their labels and their places in the hierarchy
 * are stated in the edition descriptions ({@link EditionSpec}), which use these same constants.
 */
public final class Keys {
  private Keys() {}

  /** Table keys. */
  public static final class Tables {
    private Tables() {}

    /** 第二十条第（一）项: rules and normative documents. */
    public static final String ARTICLE20_ITEM1 = "article20Item1";

    /** 第二十条第（五）项: administrative licensing. */
    public static final String ARTICLE20_ITEM5 = "article20Item5";

    /** 第二十条第（六）项: penalties and enforcement. */
    public static final String ARTICLE20_ITEM6 = "article20Item6";

    /** 第二十条第（八）项: administrative fees. */
    public static final String ARTICLE20_ITEM8 = "article20Item8";

    /** 第二十条第（九）项: centralised procurement (2019 edition only). */
    public static final String ARTICLE20_ITEM9 = "article20Item9";

    /** Section 三: applications received and handled. */
    public static final String APPLICATIONS = "applications";

    /** Section 四: administrative review and litigation. */
    public static final String REVIEW_AND_LITIGATION = "reviewAndLitigation";
  }

  /** Row and column keys of the section 二 tables. */
  public static final class Proactive {
    private Proactive() {}

    /** Row 规章. */
    public static final String REGULATIONS = "regulations";

    /** Row 规范性文件 (2019) / 行政规范性文件 (2021). */
    public static final String NORMATIVE_DOCUMENTS = "normativeDocuments";

    /** Row 行政许可. */
    public static final String LICENSING = "licensing";

    /** Row 其他对外管理服务事项 (2019). */
    public static final String OTHER_SERVICES = "otherServices";

    /** Row 行政处罚. */
    public static final String PENALTIES = "penalties";

    /** Row 行政强制. */
    public static final String ENFORCEMENT = "enforcement";

    /** Row 行政事业性收费. */
    public static final String ADMINISTRATIVE_FEES = "administrativeFees";

    /** Row 政府集中采购 (2019). */
    public static final String CENTRALIZED_PROCUREMENT = "centralizedProcurement";

    /** Column 本年新制作数量 (2019). */
    public static final String NEWLY_MADE = "newlyMade";

    /** Column 本年新公开数量 (2019). */
    public static final String NEWLY_PUBLISHED = "newlyPublished";

    /** Column 对外公开总数量 (2019). */
    public static final String TOTAL_PUBLISHED = "totalPublished";

    /** Column 本年制发件数 (2021). */
    public static final String ISSUED = "issued";

    /** Column 本年废止件数 (2021). */
    public static final String REPEALED = "repealed";

    /** Column 现行有效件数 (2021). */
    public static final String IN_FORCE = "inForce";

    /** Column 上一年项目数量 (2019). */
    public static final String PREVIOUS_YEAR_ITEMS = "previousYearItems";

    /** Column 本年增/减 (2019). */
    public static final String CHANGE = "change";

    /** Column 处理决定数量 (2019) / 本年处理决定数量 (2021). */
    public static final String DECISIONS = "decisions";

    /** Column 本年收费金额（单位：万元） (2021). */
    public static final String FEE_AMOUNT = "feeAmount";

    /** Column 采购项目数量 (2019). */
    public static final String PROCUREMENT_PROJECTS = "procurementProjects";

    /** Column 采购总金额 (2019). */
    public static final String PROCUREMENT_AMOUNT = "procurementAmount";
  }

  /** Row keys of the section 三 matrix. */
  public static final class ApplicationRows {
    private ApplicationRows() {}

    public static final String NEWLY_RECEIVED = "newlyReceived";
    public static final String CARRIED_OVER = "carriedOver";
    public static final String RESULTS = "results";
    public static final String GRANTED = "granted";
    public static final String PARTIALLY_GRANTED = "partiallyGranted";
    public static final String WITHHELD = "withheld";
    public static final String WITHHELD_STATE_SECRET = "withheldStateSecret";
    public static final String WITHHELD_PROHIBITED_BY_LAW = "withheldProhibitedByLaw";
    public static final String WITHHELD_SECURITY_STABILITY = "withheldSecurityStability";
    public static final String WITHHELD_THIRD_PARTY_RIGHTS = "withheldThirdPartyRights";
    public static final String WITHHELD_INTERNAL_AFFAIRS = "withheldInternalAffairs";
    public static final String WITHHELD_PROCESS_INFORMATION = "withheldProcessInformation";
    public static final String WITHHELD_ENFORCEMENT_FILES = "withheldEnforcementFiles";
    public static final String WITHHELD_QUERY_MATTERS = "withheldQueryMatters";
    public static final String UNABLE = "unableToProvide";
    public static final String UNABLE_NOT_HELD = "unableNotHeld";
    public static final String UNABLE_NEEDS_CREATION = "unableNeedsCreation";
    public static final String UNABLE_STILL_UNCLEAR = "unableStillUnclear";
    public static final String NOT_PROCESSED = "notProcessed";
    public static final String NOT_PROCESSED_COMPLAINT = "notProcessedComplaint";
    public static final String NOT_PROCESSED_REPEATED = "notProcessedRepeated";
    public static final String NOT_PROCESSED_PUBLICATION = "notProcessedPublication";
    public static final String NOT_PROCESSED_EXCESSIVE = "notProcessedExcessive";
    public static final String NOT_PROCESSED_CONFIRMATION = "notProcessedConfirmation";

    /** （六）其他处理: a row in 2019, a group of three rows in 2021. */
    public static final String OTHER_HANDLING = "otherHandling";

    public static final String OTHER_NOT_CORRECTED = "otherNotCorrected";
    public static final String OTHER_FEE_UNPAID = "otherFeeUnpaid";
    public static final String OTHER_OTHER = "otherOther";
    public static final String RESULTS_TOTAL = "resultsTotal";
    public static final String CARRIED_FORWARD = "carriedForward";
  }

  /** Column keys of the section 三 matrix. */
  public static final class Applicants {
    private Applicants() {}

    /** The header group 申请人情况 over all columns. */
    public static final String APPLICANTS = "applicants";

    public static final String NATURAL_PERSON = "naturalPerson";

    /** The header group 法人或其他组织 over five columns (no cells of its own). */
    public static final String LEGAL_PERSONS = "legalPersons";

    public static final String COMMERCIAL_ENTERPRISE = "commercialEnterprise";
    public static final String RESEARCH_INSTITUTION = "researchInstitution";
    public static final String SOCIAL_WELFARE_ORGANIZATION = "socialWelfareOrganization";
    public static final String LEGAL_SERVICE_AGENCY = "legalServiceAgency";
    public static final String OTHER_ORGANIZATION = "otherOrganization";
    public static final String TOTAL = "total";
  }

  /** Row and column keys of the section 四 table. */
  public static final class ReviewAndLitigation {
    private ReviewAndLitigation() {}

    /** The single, unlabelled data row. */
    public static final String CASES = "cases";

    /** The column group 行政复议. */
    public static final String REVIEW = "review";

    /** The column group 行政诉讼. */
    public static final String LITIGATION = "litigation";

    /** The column group 未经复议直接起诉. */
    public static final String DIRECT_SUIT = "directSuit";

    /** The column group 复议后起诉. */
    public static final String SUIT_AFTER_REVIEW = "suitAfterReview";

    /** Outcome suffixes, appended to a group key to form a column key: {@code reviewUpheld}. */
    public static final String UPHELD = "Upheld";

    public static final String CORRECTED = "Corrected";
    public static final String OTHER_OUTCOME = "Other";
    public static final String PENDING = "Pending";
    public static final String TOTAL = "Total";

    /**
     * Forms a column key from a group key and an outcome suffix.
     *
     * @param group {@link #REVIEW}, {@link #DIRECT_SUIT} or {@link #SUIT_AFTER_REVIEW}
     * @param outcome an outcome suffix such as {@link #UPHELD}
     * @return the column key, for example {@code directSuitPending}
     */
    public static String column(String group, String outcome) {
      return group + outcome;
    }
  }
}
