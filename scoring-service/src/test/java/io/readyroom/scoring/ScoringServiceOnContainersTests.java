package io.readyroom.scoring;

import io.readyroom.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.context.annotation.Import;

@Testcontainers(disabledWithoutDocker = true)
@Import(ContainerInfrastructure.class)
class ScoringServiceOnContainersTests extends ScoringServiceIntegrationTests {

}
