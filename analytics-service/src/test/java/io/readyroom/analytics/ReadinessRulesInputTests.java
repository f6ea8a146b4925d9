package io.readyroom.analytics;

import java.util.Collections;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Readiness rules a director sends that are malformed, too long, out of range or name
 * what the competency model does not know are refused with a problem that says what is
 * wrong, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ReadinessRulesInputTests {

	private static final String ROLE_TRACK = "ehr-specialist";

	private static final String VALID = "{\"competency\":\"ehr-systems\",\"threshold\":70,\"minAnswers\":2}";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	private final String program = "program-" + UUID.randomUUID();

	private final Caller director = TestCallers.director("dana", this.program);

	static Stream<Arguments> invalidFields() {
		return Stream.of(
				arguments("51 requirements", requires(String.join(",", Collections.nCopies(51, VALID))), "requires"),
				arguments("no requirement", requires(""), "requires"), arguments("no list", "{}", "requires"),
				arguments("an empty entry", requires("null"), "requires[0]"),
				arguments("a threshold above 100", requires(VALID.replace("70", "101")), "requires[0].threshold"),
				arguments("a negative threshold", requires(VALID.replace("70", "-1")), "requires[0].threshold"),
				arguments("no threshold", requires(VALID.replace("\"threshold\":70,", "")), "requires[0].threshold"),
				arguments("zero minimum answers", requires(VALID.replace(":2", ":0")), "requires[0].minAnswers"),
				arguments("no minimum answers", requires(VALID.replace(",\"minAnswers\":2", "")),
						"requires[0].minAnswers"),
				arguments("a blank competency", requires(VALID.replace("ehr-systems", " ")), "requires[0].competency"));
	}

	@ParameterizedTest(name = "{0}: 400 naming {2}")
	@MethodSource("invalidFields")
	void rulesWithAnInvalidFieldAreRefusedNamingTheFieldAndNothingIsStored(String flaw, String body, String field) {
		MvcTestResult result = put(ROLE_TRACK, body);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains(field);
		assertThat(storedRules()).isNull();
	}

	@Test
	void malformedJsonIsRefusedAndNothingIsStored() {
		assertThat(put(ROLE_TRACK, "{\"requires\":[" + VALID)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/malformed-request");
		assertThat(storedRules()).isNull();
	}

	static Stream<Arguments> unknownIds() {
		return Stream.of(
				arguments("an unknown role track", "juggler", requires(VALID), "There is no role track 'juggler'"),
				arguments("an unknown competency", ROLE_TRACK, requires(VALID.replace("ehr-systems", "juggling")),
						"Unknown competency 'juggling'"),
				arguments("a competency required twice", ROLE_TRACK, requires(VALID + "," + VALID),
						"Competency 'ehr-systems' is required more than once"));
	}

	@ParameterizedTest(name = "{0}: 400, as in session-service")
	@MethodSource("unknownIds")
	void rulesTheCompetencyModelCannotHoldAreRefusedAndNothingIsStored(String flaw, String roleTrack, String body,
			String detail) {
		assertThat(put(roleTrack, body)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains(detail);
		assertThat(storedRules()).isNull();
	}

	@Test
	void droppingTheRulesOfAnUnknownRoleTrackIsRefusedAndNothingIsStored() {
		assertThat(this.mvc.delete()
			.uri("/api/programs/{program}/readiness-rules/{track}", this.program, "juggler")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(storedRules()).isNull();
	}

	@Test
	void validRulesAreStored() {
		assertThat(put(ROLE_TRACK, requires(VALID))).hasStatusOk();

		assertThat(storedRules()).isNotNull();
	}

	private MvcTestResult put(String roleTrack, String body) {
		return this.mvc.put()
			.uri("/api/programs/{program}/readiness-rules/{track}", this.program, roleTrack)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static String requires(String requirements) {
		return "{\"requires\":[" + requirements + "]}";
	}

	private Document storedRules() {
		return this.mongo.getCollection("readiness_rules").find(new Document("_id", this.program)).first();
	}

}
