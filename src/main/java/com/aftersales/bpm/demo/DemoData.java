package com.aftersales.bpm.demo;

import com.aftersales.bpm.common.CentreTimeZone;
import com.aftersales.bpm.rescue.RescueModel;
import com.aftersales.bpm.rescue.RootCause;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A few months of synthetic low scores for a demo, each run through the real intake and rescue
 * process by {@link RescueDriver}: the last three months finished, this month partly open.
 * The mix follows the seed's proportions (reasons 40/25/15/12/8 %, most first contacts within
 * 6 h, about a third churned), drawn from a fixed random seed so every demo looks the same.
 */
@Component
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final List<RootCause> REASONS = List.of(RootCause.WAIT_TIME, RootCause.REPEAT_REPAIR, RootCause.ATTITUDE,
      RootCause.COST_DISPUTE, RootCause.COMMUNICATION);
  private static final int[] REASON_WEIGHTS = {40, 25, 15, 12, 8};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final int CASES_PER_MONTH = 20;
  private static final int MONTHS_BACK = 3;

  private final RescueDriver driver;
  private final HistoryService history;
  private final CentreTimeZone centre;

  public DemoData(RescueDriver driver, HistoryService history, CentreTimeZone centre) {
    this.driver = driver;
    this.history = history;
    this.centre = centre;
  }

  /** @return how many rescues were created; none when the database already has rescues */
  public int fill(Instant now) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(RescueModel.RESCUE_PROCESS).count() > 0) {
      LOG.info("Demo data: the database already has rescues, nothing added");
      return 0;
    }
    Random random = new Random(20261123);
    YearMonth current = centre.monthOf(now);
    int made = 0;
    for (int back = MONTHS_BACK; back >= 0; back--) {
      YearMonth month = current.minusMonths(back);
      for (int n = 0; n < CASES_PER_MONTH; n++) {
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        Instant answeredAt = day.atTime(9 + random.nextInt(10), random.nextInt(60)).atZone(centre.zone()).toInstant();
        RescueScript script = script(random, !answeredAt.plus(Duration.ofDays(10)).isAfter(now));
        if (answeredAt.plus(Duration.ofHours((long) script.hoursToFirstContact() + 1)).isAfter(now)) {
          continue; // not answered yet in this month
        }
        String surveyId = String.format("DEMO-%s-%02d", month, n + 1);
        String customer = SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士");
        driver.run(surveyId, answeredAt, customer, script);
        made++;
      }
      LOG.info("Demo data: {} done", month);
    }
    return made;
  }

  private static RescueScript script(Random random, boolean finished) {
    double roll = random.nextDouble();
    double hours = roll < 0.55 ? 1 + random.nextInt(5) : roll < 0.95 ? 7 + random.nextInt(16) : 26 + random.nextInt(10);
    double outcome = random.nextDouble();
    boolean churned = outcome >= 0.7;
    Integer reRating = null; // churned, or no answer within the 7 days
    if (outcome < 0.3) {
      reRating = 9 + random.nextInt(2);
    } else if (outcome < 0.5) {
      reRating = 7 + random.nextInt(2);
    }
    return new RescueScript(random.nextInt(7), hours, reason(random), random.nextDouble() < 0.25,
        random.nextDouble() < 0.4, reRating, churned, finished);
  }

  private static String reason(Random random) {
    int roll = random.nextInt(100);
    for (int i = 0; i < REASONS.size(); i++) {
      roll -= REASON_WEIGHTS[i];
      if (roll < 0) {
        return REASONS.get(i).name();
      }
    }
    return REASONS.get(0).name();
  }
}
