package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;
import static com.aftersales.bpm.security.Deployments.ownModel;
import static com.aftersales.bpm.security.Deployments.process;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 1: a process owner deploys from Modeler, but a model can do only what our own
 * delegates do. The three exploits found are refused with 400 naming the element, and nothing of
 * them is stored or run; the owner's ordinary changes deploy as before.
 */
@ApplicationTest
class DeploymentGuardTest extends ApplicationTestSupport {

  @Test
  void aModelThatRunsACommandOnTheServerIsRefused() throws Exception {
    Path marker = Files.createTempDirectory("guard").resolve("pwned");
    String exec = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + marker + "')}";

    HttpResponse<String> refused = deploy(http, "owner", "exec", Map.of("exec.bpmn",
        process("Process_Exec", "camunda:expression=\"" + exec + "\"", "")));

    assertRefused(refused, "Process_Exec", "Task_Attack", "getClass");
    Assertions.assertThat(marker).doesNotExist();
  }

  @Test
  void aModelThatMakesItsOwnerAnAdminIsRefused() {
    String grant = "${execution.getProcessEngineServices().getIdentityService().createMembership('owner','camunda-admin')}";

    HttpResponse<String> refused = deploy(http, "owner", "grant", Map.of("grant.bpmn",
        process("Process_Grant", "camunda:expression=\"" + grant + "\"", "")));

    assertRefused(refused, "Process_Grant", "Task_Attack", "getProcessEngineServices");
    Assertions.assertThat(identity.createUserQuery().userId("owner").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void aNotificationThatPublishesPasswordHashesIsRefused() {
    String notification = """
        <bpmn:extensionElements><camunda:inputOutput>
          <camunda:inputParameter name="notificationRecipient">owner</camunda:inputParameter>
          <camunda:inputParameter name="notificationMessage">${jdbcTemplate.queryForList('SELECT ID_, PWD_ FROM ACT_ID_USER')}</camunda:inputParameter>
        </camunda:inputOutput></bpmn:extensionElements>""";

    HttpResponse<String> refused = deploy(http, "owner", "hashes", Map.of("hashes.bpmn",
        process("Process_Hashes", "camunda:delegateExpression=\"${sendNotification}\"", notification)));

    assertRefused(refused, "Process_Hashes", "Task_Attack", "queryForList");
  }

  @Test
  void expressionsSeeOnlyTheModelBeans() {
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();

    Assertions.assertThat(beans.containsKey("sendNotification")).isTrue();
    Assertions.assertThat(beans.containsKey("deadlines")).isTrue();
    Assertions.assertThat(beans.containsKey("jdbcTemplate")).isFalse();
    Assertions.assertThat(beans.containsKey("identitySetup")).isFalse();
    Assertions.assertThat(beans.get("dataSource")).isNull();
  }

  @Test
  void scriptsJavaClassesAndOtherFilesAreRefused() {
    assertRefused(deploy(http, "owner", "script", Map.of("script.bpmn", process("Process_Script", "",
        "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
            + "'rm -rf /'.execute()</camunda:script></camunda:executionListener></bpmn:extensionElements>"))),
        "Process_Script", "Task_Attack", "script");
    assertRefused(deploy(http, "owner", "class", Map.of("class.bpmn",
        process("Process_Class", "camunda:class=\"org.example.Evil\"", ""))),
        "Process_Class", "Task_Attack", "org.example.Evil");
    HttpResponse<String> page = deploy(http, "owner", "page", Map.of("steal.html", "<script>fetch('/x')</script>"));
    Assertions.assertThat(page.statusCode()).isEqualTo(400);
    Assertions.assertThat(page.body()).contains("steal.html");
    Assertions.assertThat(repository.createDeploymentQuery().deploymentName("page").count()).isZero();
  }

  @Test
  void aDecisionTableInAnotherLanguageThanFeelIsRefused() {
    String dmn = ownModel("compensation-approval.dmn").replace("<inputEntry id=\"InputEntry_AboveFiveThousand_1\">",
        "<inputEntry id=\"InputEntry_AboveFiveThousand_1\" expressionLanguage=\"javascript\">");

    HttpResponse<String> refused = deploy(http, "owner", "js-decision", Map.of("compensation-approval.dmn", dmn));

    Assertions.assertThat(refused.statusCode()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("InputEntry_AboveFiveThousand_1", "FEEL");
  }

  @Test
  void aDecisionWhoseFeelDefinesAJavaFunctionIsRefused() {
    String dmn = ownModel("compensation-approval.dmn").replace(
        "<outputEntry id=\"OutputEntry_AboveFiveThousand_2\"><text>\"regional-manager\"</text>",
        "<outputEntry id=\"OutputEntry_AboveFiveThousand_2\"><text>(function(code) external {java: {class: "
            + "\"java.lang.System\", method signature: \"exit(int)\"}})(1)</text>");

    HttpResponse<String> refused = deploy(http, "owner", "java-decision", Map.of("compensation-approval.dmn", dmn));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("OutputEntry_AboveFiveThousand_2", "external (Java) function");
  }

  @Test
  void theOwnersChangedTimerAndThresholdDeployAsBefore() {
    long rescueVersions = repository.createProcessDefinitionQuery().processDefinitionKey("lowScoreRescue").count();
    String rescue = ownModel("low-score-rescue.bpmn").replace("'PT72H'", "'PT96H'");
    String approval = ownModel("compensation-approval.dmn").replace("&gt; 5000", "&gt; 6000");

    HttpResponse<String> deployed = deploy(http, "owner", "owner-change",
        Map.of("low-score-rescue.bpmn", rescue, "compensation-approval.dmn", approval));

    Assertions.assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("lowScoreRescue").count())
        .isEqualTo(rescueVersions + 1);
  }

  @Test
  void aModelWhoseCasesHistoryWouldBeCleanedUpBeforeTheAuditorsYearIsRefused() {
    long rescueVersions = repository.createProcessDefinitionQuery().processDefinitionKey("lowScoreRescue").count();
    String rescue = ownModel("low-score-rescue.bpmn");
    String grade = ownModel("nps-alert-grade.dmn");
    Assertions.assertThat(rescue).contains("camunda:historyTimeToLive=\"1095\"");

    HttpResponse<String> refused = deploy(http, "owner", "short-history", Map.of("low-score-rescue.bpmn",
        rescue.replace("camunda:historyTimeToLive=\"1095\"", "camunda:historyTimeToLive=\"P30D\"")));
    HttpResponse<String> refusedDecision = deploy(http, "owner", "short-decision-history", Map.of("nps-alert-grade.dmn",
        grade.replace("camunda:historyTimeToLive=\"1095\"", "camunda:historyTimeToLive=\"364\"")));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("lowScoreRescue", "P30D days", "at least 365 days");
    Assertions.assertThat(refusedDecision.statusCode()).as(refusedDecision.body()).isEqualTo(400);
    Assertions.assertThat(refusedDecision.body()).contains("historyTimeToLive", "364 days");
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("lowScoreRescue").count())
        .isEqualTo(rescueVersions);
    Assertions.assertThat(repository.createDeploymentQuery().deploymentName("short-decision-history").count()).isZero();
  }

  @Test
  void aDeploymentAboveTheSizeCapIsRefusedWhicheverWayItComes() {
    String padding = "x".repeat(2_200_000);
    String big = process("Process_Big", "camunda:expression=\"${true}\"", "")
        .replace("<bpmn:startEvent id=\"Start_Test\" />",
            "<bpmn:startEvent id=\"Start_Test\"><bpmn:documentation>" + padding + "</bpmn:documentation></bpmn:startEvent>");

    Assertions.assertThatThrownBy(() -> repository.createDeployment().name("big").addString("big.bpmn", big).deploy())
        .isInstanceOf(ParseException.class).hasMessageContaining("at most");
    Assertions.assertThat(repository.createDeploymentQuery().deploymentName("big").count()).isZero();
  }

  private void assertRefused(HttpResponse<String> response, String processId, String elementId, String reason) {
    Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    Assertions.assertThat(response.body()).contains("ParseException", elementId, reason);
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processId).count()).isZero();
  }
}
