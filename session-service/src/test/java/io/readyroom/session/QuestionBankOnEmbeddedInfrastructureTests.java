package io.readyroom.session;

import io.readyroom.testsupport.EmbeddedInfrastructure;

import org.springframework.context.annotation.Import;

@Import(EmbeddedInfrastructure.class)
class QuestionBankOnEmbeddedInfrastructureTests extends QuestionBankIntegrationTests {

}
