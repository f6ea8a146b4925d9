package io.readyroom.scoring;

import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors scoring-service makes before any of its controllers runs are problems like its
 * own: an unknown path, a method the endpoint does not take, a field it does not know.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ScoringProblemResponsesTests {

	private static final Caller COACH = TestCallers.coach("carla", "demo-program", "cohort-a");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Test
	void anUnknownPathIsANotFoundProblem() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/scoring/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.exchange();

		assertProblem(result, HttpStatus.NOT_FOUND, "unknown-endpoint");
	}

	@Test
	void aMethodTheEndpointDoesNotTakeIsAMethodNotAllowedProblem() {
		MvcTestResult result = this.mvc.delete()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.exchange();

		assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
	}

	@Test
	void anUnknownFieldIsRefusedByName() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"answer": "I verify identity first.", "question": "How do you release records?", "misspelt": true}""")
			.exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "unknown-field");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("\"misspelt\"");
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String type) {
		assertThat(result).hasStatus(status)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.isEqualTo("https://readyroom.io/problems/" + type);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
	}

}
