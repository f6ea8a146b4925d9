package io.readyroom.session;

import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;

import org.springframework.context.annotation.Import;

@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
class SessionServiceOnEmbeddedInfrastructureTests extends SessionServiceIntegrationTests {

}
