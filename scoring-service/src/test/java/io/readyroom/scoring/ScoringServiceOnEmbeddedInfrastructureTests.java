package io.readyroom.scoring;

import io.readyroom.testsupport.EmbeddedInfrastructure;

import org.springframework.context.annotation.Import;

@Import(EmbeddedInfrastructure.class)
class ScoringServiceOnEmbeddedInfrastructureTests extends ScoringServiceIntegrationTests {

}
