package io.readyroom.analytics;

import io.readyroom.testsupport.ContainerInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.context.annotation.Import;

@Testcontainers(disabledWithoutDocker = true)
@Import({ ContainerInfrastructure.class, TestIdentity.class })
class ProgramMembershipOnContainersTests extends ProgramMembershipIntegrationTests {

}
