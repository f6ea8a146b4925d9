package io.readyroom.analytics;

import io.readyroom.testsupport.EmbeddedInfrastructure;

import org.springframework.context.annotation.Import;

@Import(EmbeddedInfrastructure.class)
class CohortAnalyticsOnEmbeddedInfrastructureTests extends CohortAnalyticsIntegrationTests {

}
