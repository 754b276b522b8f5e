package com.aftersales.bpm.security;

import static com.aftersales.bpm.security.Deployments.definitions;
import static com.aftersales.bpm.security.Deployments.deploy;

import com.aftersales.bpm.promise.PromiseModel;
import com.aftersales.bpm.support.ApplicationTest;
import com.aftersales.bpm.support.ApplicationTestSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Security review of 2026-11-29 (audit-b): the process owner deployed a model under one of our
 * process keys for a tenant ({@code tenant-id=acme}, a field of Modeler's deploy dialog). The
 * application runs without tenants and starts its processes by key, which then named a process
 * of several tenants: every checklist the sales advisors posted was a 500 (ENGINE-03070) until an
 * administrator deleted the deployment. A deployment for a tenant is refused as a whole.
 */
@ApplicationTest
class TenantDeploymentTest extends ApplicationTestSupport {

  @Test
  void aDeploymentForATenantIsRefusedAndOurProcessesStillStartByKey() {
    String model = definitions(PromiseModel.PROCESS, "1095", """
            <bpmn:startEvent id="Start_Test" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Start_Test" targetRef="End_Test" />
            <bpmn:endEvent id="End_Test" />""");

    HttpResponse<String> refused = deploy(http, "owner", "tenant-takeover", "acme", Map.of("takeover.bpmn", model));

    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("ParseException", "tenant 'acme'");
    Assertions.assertThat(repository.createProcessDefinitionQuery().tenantIdIn("acme").count()).isZero();
    Assertions.assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PromiseModel.PROCESS)
        .latestVersion().list()).as("one latest version, no tenant's").hasSize(1);
  }
}
