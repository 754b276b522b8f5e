package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.deploy;
import static com.aftersales.bpm.security.Deployments.definitions;

import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner deploys but cannot delete (ADR 1): the engine's default grant let the deployer
 * delete their deployment with {@code cascade}, and with it every case that ran on that version,
 * running or finished, with its whole history. The deployer now reads their deployment only, and
 * the grants given before are narrowed at start (GrantUpgrade).
 */
@ApplicationTest
class DeploymentDeletionTest extends ApplicationTestSupport {

  @Autowired GrantUpgrade upgrade;

  @Test
  void theOwnerCannotDeleteAVersionTheyDeployedNorItsCases() {
    String deployment = deployedByOwner("owner-delete");
    String definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    String running = runtime.startProcessInstanceById(definition).getId();

    HttpResponse<String> deleted = http.delete("owner", "/engine-rest/deployment/" + deployment
        + "?cascade=true&skipCustomListeners=true");

    Assertions.assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(403);
    Assertions.assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
    Assertions.assertThat(http.get("owner", "/engine-rest/deployment/" + deployment).statusCode())
        .as("the owner still reads it").isEqualTo(200);
    Assertions.assertThat(http.delete("admin", "/engine-rest/deployment/" + deployment + "?cascade=true").statusCode())
        .as("deleting is the administrator's").isEqualTo(204);
  }

  @Test
  void aDeletePermissionGivenBeforeIsTakenBackAtStart() {
    String deployment = deployedByOwner("owner-delete-before");
    Authorization before = authorizations.createAuthorizationQuery().userIdIn("owner").resourceType(Resources.DEPLOYMENT)
        .resourceId(deployment).singleResult(); // the deployer's grant, as the engine's default wrote it
    before.addPermission(Permissions.DELETE);
    authorizations.saveAuthorization(before);
    Assertions.assertThat(authorizations.isUserAuthorized("owner", null, Permissions.DELETE, Resources.DEPLOYMENT,
        deployment)).as("the engine's old default").isTrue();

    upgrade.afterPropertiesSet();

    Assertions.assertThat(authorizations.isUserAuthorized("owner", null, Permissions.DELETE, Resources.DEPLOYMENT,
        deployment)).isFalse();
    Assertions.assertThat(http.delete("owner", "/engine-rest/deployment/" + deployment).statusCode()).isEqualTo(403);
    Assertions.assertThat(http.delete("admin", "/engine-rest/deployment/" + deployment).statusCode())
        .as("deleting is the administrator's").isEqualTo(204);
  }

  /** A process of one user task, deployed by the process owner as from Modeler. */
  private String deployedByOwner(String name) {
    String model = definitions("Process_" + name.replace("-", "_"), "1095", """
            <bpmn:startEvent id="Start_Test" />
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="Start_Test" targetRef="Task_Wait" />
            <bpmn:userTask id="Task_Wait" name="Wait" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Wait" targetRef="End_Test" />
            <bpmn:endEvent id="End_Test" />
        """);
    HttpResponse<String> deployed = deploy(http, "owner", name, Map.of(name + ".bpmn", model));
    Assertions.assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    return repository.createDeploymentQuery().deploymentName(name).singleResult().getId();
  }
}
