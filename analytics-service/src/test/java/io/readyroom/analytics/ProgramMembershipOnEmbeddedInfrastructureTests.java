package io.readyroom.analytics;

import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;

import org.springframework.context.annotation.Import;

@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ProgramMembershipOnEmbeddedInfrastructureTests extends ProgramMembershipIntegrationTests {

}
