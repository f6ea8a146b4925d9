package io.readyroom.session;

import java.io.UnsupportedEncodingException;

import com.jayway.jsonpath.JsonPath;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the session service's API as one caller or another, each with a valid token. */
final class SessionApi {

	static final String ROLE_TRACK = "health-information-technician";

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private final MockMvcTester mvc;

	private final TestTokens tokens;

	SessionApi(MockMvcTester mvc, TestTokens tokens) {
		this.mvc = mvc;
		this.tokens = tokens;
	}

	MvcTestResult get(Caller caller, String uri, Object... variables) {
		return this.mvc.get()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();
	}

	MvcTestResult post(Caller caller, String json, String uri, Object... variables) {
		return this.mvc.post()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	MvcTestResult patch(Caller caller, String json, String uri, Object... variables) {
		return this.mvc.patch()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	MvcTestResult delete(Caller caller, String uri, Object... variables) {
		return this.mvc.delete()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();
	}

	MvcTestResult call(Caller caller, HttpMethod method, String json, String uri, Object... variables) {
		return (method == HttpMethod.GET) ? get(caller, uri, variables) : post(caller, json, uri, variables);
	}

	/** A call with exactly this {@code Authorization} header, or none. */
	MvcTestResult withBearer(HttpMethod method, String uri, String json, @Nullable String bearer) {
		MockMvcRequestBuilder request = this.mvc.method(method)
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (bearer != null) {
			request.header(HttpHeaders.AUTHORIZATION, bearer);
		}
		return request.exchange();
	}

	MvcTestResult start(Caller learner, String json) {
		return post(learner, json, "/api/sessions");
	}

	/** Starts a mock interview for the learner and returns its id. */
	String startedSession(Caller learner) {
		MvcTestResult result = start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}");
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result, "$.sessionId");
	}

	MvcTestResult nextQuestion(Caller caller, String sessionId) {
		return get(caller, "/api/sessions/{id}/next-question", sessionId);
	}

	String nextQuestionId(Caller learner, String sessionId) {
		MvcTestResult result = nextQuestion(learner, sessionId);
		assertThat(result).hasStatusOk();
		return read(result, "$.questionId");
	}

	MvcTestResult submit(Caller caller, String sessionId, String answerId, String questionId, String text) {
		return post(caller, answer(answerId, questionId, text), "/api/sessions/{id}/answers", sessionId);
	}

	MvcTestResult importQuestions(Caller caller, String program, String yaml) {
		return this.mvc.post()
			.uri("/api/programs/{program}/questions", program)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(YAML)
			.content(yaml)
			.exchange();
	}

	static String answer(String answerId, String questionId, String text) {
		return "{\"answerId\":\"" + answerId + "\",\"questionId\":\"" + questionId + "\",\"text\":\"" + text + "\"}";
	}

	static <T> T read(MvcTestResult result, String path) {
		return JsonPath.read(contentOf(result), path);
	}

	static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A bank file with one question of a program's own. */
	static String question(String id, String text) {
		return """
				questions:
				  - id: %s
				    text: %s
				    type: technical
				    difficulty: beginner
				    difficultyBasis: reasoned
				    difficultyReason: A definition every technician uses daily.
				    roleTracks: [health-information-technician]
				    competencies:
				      - { id: hipaa-privacy-rule, weight: 1.0 }
				    intent: Whether the candidate applies minimum necessary.
				    rubric:
				      basis: authored
				      structure: free
				      criteria:
				      - id: only-what-is-needed
				        description: Uses or discloses only the PHI the purpose needs.
				        weight: 2
				        competency: hipaa-privacy-rule
				        expressions: [only what is needed, minimum necessary]
				        exemplars: [I open only the part of the record the request needs.]
				      - id: applies-to-disclosures
				        description: Applies to uses, disclosures and requests.
				        weight: 1
				        competency: hipaa-privacy-rule
				        expressions: [uses and disclosures, requests for PHI]
				        exemplars: [It applies to how we use, disclose and request PHI.]
				      - id: exceptions
				        description: Knows it does not apply to treatment disclosures.
				        weight: 1
				        competency: hipaa-privacy-rule
				        expressions: [except treatment, not for treatment]
				        exemplars: [It does not apply when we share with a treating provider.]
				      redFlags:
				      - id: opens-whole-record
				        description: Opens the whole record out of habit.
				        expressions: [whole record, everything just in case]
				    modelAnswer: I access and disclose only the PHI the purpose needs, except for treatment.
				""".formatted(id, text);
	}

}
