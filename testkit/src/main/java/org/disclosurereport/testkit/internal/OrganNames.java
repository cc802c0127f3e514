package org.disclosurereport.testkit.internal;

import java.util.List;
import org.disclosurereport.model.OrganKind;
import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws organ names such as {@code 清河县人民政府} or {@code 安平市生态环境局} from a few place syllables, so that
 * generated reports look like real ones without naming a real organ on purpose, and the titles of
 * their reports.
 */
public final class OrganNames {
  private static final List<String> SYLLABLES =
      List.of("清", "河", "安", "平", "永", "宁", "东", "阳", "兴", "华", "长", "乐", "泰", "和", "云", "山");

  private static final List<String> DEPARTMENTS =
      List.of("教育", "财政", "民政", "生态环境", "自然资源", "交通运输", "市场监督管理", "卫生健康");

  /** What follows the organ and the year in a report's title. */
  private static final String REPORT = "政府信息公开工作年度报告";

  private OrganNames() {}

  /**
   * A drawn organ: its name and kind.
   *
   * @param name the name
   * @param kind the kind of organ
   */
  public record Organ(String name, OrganKind kind) {}

  /**
   * Draws the title of an organ's report in one of the three forms reports print: {@code
   * 清河县人民政府2021年政府信息公开工作年度报告}, {@code 清河县人民政府2021年度政府信息公开工作年度报告} or {@code
   * 2021年度清河县人民政府政府信息公开工作年度报告}.
   *
   * @param entropy the source of choices
   * @param organ the organ's name
   * @param year the report year
   * @return the title
   */
  public static String title(Entropy entropy, String organ, int year) {
    return switch (entropy.intBetween(0, 2)) {
      case 0 -> organ + year + "年" + REPORT;
      case 1 -> organ + year + "年度" + REPORT;
      default -> year + "年度" + organ + REPORT;
    };
  }

  /**
   * Draws an organ of a level.
   *
   * @param entropy the source of choices
   * @param level the level
   * @return the organ
   */
  public static Organ draw(Entropy entropy, OrganLevel level) {
    boolean department = entropy.chance(50);
    if (level == OrganLevel.NATIONAL) {
      return new Organ("国家" + entropy.pick(DEPARTMENTS) + "局", OrganKind.GOVERNMENT_DEPARTMENT);
    }
    String place = entropy.pick(SYLLABLES) + entropy.pick(SYLLABLES);
    String unit =
        switch (level) {
          case PROVINCIAL -> "省";
          case MUNICIPAL -> "市";
          case COUNTY -> "县";
          default -> "镇";
        };
    if (!department) {
      return new Organ(place + unit + "人民政府", OrganKind.PEOPLES_GOVERNMENT);
    }
    if (level == OrganLevel.TOWNSHIP) {
      return new Organ(place + "街道办事处", OrganKind.OTHER);
    }
    String suffix = level == OrganLevel.PROVINCIAL ? "厅" : "局";
    return new Organ(
        place + unit + entropy.pick(DEPARTMENTS) + suffix, OrganKind.GOVERNMENT_DEPARTMENT);
  }
}
