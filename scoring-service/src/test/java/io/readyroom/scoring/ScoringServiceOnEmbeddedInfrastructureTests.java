package io.readyroom.scoring;

import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;

import org.springframework.context.annotation.Import;

@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ScoringServiceOnEmbeddedInfrastructureTests extends ScoringServiceIntegrationTests {

}
