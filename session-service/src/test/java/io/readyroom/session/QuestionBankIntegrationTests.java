package io.readyroom.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.TopicProbe;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank as the session service serves it: the shared questions, programs' imports with
 * their versions, and sessions drawn from it. Subclasses choose the infrastructure.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class QuestionBankIntegrationTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private static final HttpServer ANALYTICS = analyticsStub();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Test
	void servesEverySharedQuestion() {
		assertThat(this.mvc.get().uri("/api/questions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(72);
	}

	@Test
	void importedQuestionIsPublishedAndVisibleToItsProgramOnly() {
		String program = "program-" + UUID.randomUUID();
		String questionId = "own-" + UUID.randomUUID();

		assertThat(importQuestions(program, question(questionId, "What is the minimum necessary standard?")))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("CREATED"));

		assertThat(idsVisibleTo(program)).contains(questionId);
		assertThat(idsVisibleTo("another-program")).doesNotContain(questionId);
		try (TopicProbe bank = TopicProbe.watch(bootstrapServers(), Topics.QUESTION_BANK)) {
			assertThat(bank.awaitRecord((r) -> r.key().equals(questionId + "@1")).value())
				.contains("\"programId\":\"" + program + "\"");
		}
	}

	@Test
	void aChangedQuestionIsANewVersionAndTheOldOneStaysResolvable() {
		String program = "program-" + UUID.randomUUID();
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(program, question(questionId, "What is the minimum necessary standard?"));

		assertThat(importQuestions(program, question(questionId, "Explain the minimum necessary standard."))).bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("NEW_VERSION"))
			.hasPathSatisfying("$[0].version", (version) -> assertThat(version).isEqualTo(2));

		assertThat(this.mvc.get().uri("/api/questions/{id}", questionId)).bodyJson()
			.hasPathSatisfying("$.version", (version) -> assertThat(version).isEqualTo(2));
		assertThat(this.mvc.get().uri("/api/questions/{id}/versions/1", questionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content.text",
					(text) -> assertThat(text).isEqualTo("What is the minimum necessary standard?"));
	}

	@Test
	void reimportingAnUnchangedQuestionChangesNothing() {
		String program = "program-" + UUID.randomUUID();
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(program, question(questionId, "What is the minimum necessary standard?"));

		assertThat(importQuestions(program, question(questionId, "What is the minimum necessary standard?"))).bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("UNCHANGED"))
			.hasPathSatisfying("$[0].version", (version) -> assertThat(version).isEqualTo(1));
	}

	@Test
	void anInvalidImportNamesQuestionAndFieldAndImportsNothing() {
		String program = "program-" + UUID.randomUUID();
		String valid = question("own-" + UUID.randomUUID(), "What is the minimum necessary standard?");
		String invalid = question("own-broken", "What is PHI?").replace("difficulty: beginner", "difficulty: trivial");

		assertThat(importQuestions(program, valid + invalid.substring(invalid.indexOf("  - id:"))))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].item", (item) -> assertThat(item).isEqualTo("question #2 'own-broken'"))
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("$.difficulty"));
		assertThat(idsVisibleTo(program)).noneMatch((id) -> id.startsWith("own-"));
	}

	@Test
	void aProgramCannotTakeTheIdOfASharedQuestion() {
		assertThat(importQuestions("program-x", question("hit-roi-process", "Who may see a record?")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("hit-roi-process"));
	}

	@Test
	void questionsComeAsYamlOrJsonOnly() {
		assertThat(this.mvc.post()
			.uri("/api/programs/program-x/questions")
			.contentType(MediaType.TEXT_PLAIN)
			.content("questions: []")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void mockInterviewMixesBehavioralTechnicalAndSituationalQuestions() {
		List<String> types = plannedTypes(
				"{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"roleTrack\":\"health-information-technician\","
						+ "\"mode\":\"mock-interview\",\"questionCount\":5}");

		assertThat(types).hasSize(5).startsWith("behavioral").contains("technical", "situational");
	}

	@Test
	void practiceSetDrawsOnlyTheChosenTypesAndDifficulties() {
		String request = "{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"roleTrack\":\"ehr-specialist\","
				+ "\"mode\":\"practice-set\",\"types\":[\"technical\"],\"difficulties\":[\"advanced\"],\"questionCount\":3}";
		MvcTestResult started = startSession(request);

		List<String> ids = JsonPath.read(contentOf(started), "$.plan[*].questionId");
		assertThat(ids).hasSize(3)
			.allSatisfy((id) -> assertThat(this.mvc.get().uri("/api/questions/{id}", id)).bodyJson()
				.hasPathSatisfying("$.content.difficulty", (difficulty) -> assertThat(difficulty).isEqualTo("advanced"))
				.hasPathSatisfying("$.content.questionType", (type) -> assertThat(type).isEqualTo("technical")));
	}

	@Test
	void aProgramsOwnQuestionsJoinItsSessions() {
		String program = "program-" + UUID.randomUUID();
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(program, question(questionId, "What is the minimum necessary standard?")
			.replace("type: technical", "type: situational"));
		String request = "{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"roleTrack\":\"health-information-technician\","
				+ "\"programId\":\"" + program + "\",\"mode\":\"practice-set\",\"types\":[\"situational\"],"
				+ "\"questionCount\":20}";

		List<String> ids = JsonPath.read(contentOf(startSession(request)), "$.plan[*].questionId");
		assertThat(ids).contains(questionId);
	}

	@Test
	void targetedSessionDrawsQuestionsOfTheLearnersWeakestCompetency() {
		List<String> ids = JsonPath.read(contentOf(startSession(
				"{\"learnerId\":\"weak-in-ehr\",\"cohortId\":\"c-1\",\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}")),
				"$.plan[*].questionId");

		assertThat(ids).isNotEmpty();
		ids.forEach((id) -> assertThat(
				JsonPath.<List<String>>read(contentOf(this.mvc.get().uri("/api/questions/{id}", id).exchange()),
						"$.content.competencies[*].competency"))
			.contains("ehr-systems"));
	}

	@Test
	void targetedSessionIsRefusedWithoutWeakAreasAndUnavailableWithoutAnalytics() {
		assertThat(startTargeted("no-answers")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(startTargeted("analytics-fails")).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MvcTestResult startTargeted(String learner) {
		return this.mvc.post()
			.uri("/api/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"learnerId\":\"" + learner
					+ "\",\"cohortId\":\"c-1\",\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}")
			.exchange();
	}

	/**
	 * Stands in for analytics' weak-area endpoint: {@code weak-in-ehr} is weakest in EHR
	 * systems, {@code no-answers} is unknown, anyone else gets a server error.
	 */
	private static HttpServer analyticsStub() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/api/learners/", (exchange) -> {
				String path = exchange.getRequestURI().getPath();
				int status = path.contains("/weak-in-ehr/") ? 200 : path.contains("/no-answers/") ? 404 : 500;
				byte[] body = (status == 200)
						? "{\"learnerId\":\"weak-in-ehr\",\"weakAreas\":[{\"competency\":\"ehr-systems\"}]}"
							.getBytes(StandardCharsets.UTF_8)
						: new byte[0];
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, (body.length > 0) ? body.length : -1);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void analyticsUrl(DynamicPropertyRegistry registry) {
		registry.add("readyroom.analytics.url", () -> "http://localhost:" + ANALYTICS.getAddress().getPort());
	}

	private List<String> plannedTypes(String request) {
		List<String> ids = JsonPath.read(contentOf(startSession(request)), "$.plan[*].questionId");
		return ids.stream()
			.map((id) -> JsonPath.<String>read(contentOf(this.mvc.get().uri("/api/questions/{id}", id).exchange()),
					"$.content.questionType"))
			.toList();
	}

	private MvcTestResult startSession(String request) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(request)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return result;
	}

	private List<String> idsVisibleTo(String program) {
		MvcTestResult result = this.mvc.get().uri("/api/questions?programId={program}", program).exchange();
		return JsonPath.read(contentOf(result), "$[*].questionId");
	}

	private MvcTestResult importQuestions(String program, String yaml) {
		return this.mvc.post()
			.uri("/api/programs/{program}/questions", program)
			.contentType(YAML)
			.content(yaml)
			.exchange();
	}

	private static String question(String id, String text) {
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
				        expressions: [only what is needed, minimum necessary]
				        exemplars: [I open only the part of the record the request needs.]
				      - id: applies-to-disclosures
				        description: Applies to uses, disclosures and requests.
				        weight: 1
				        expressions: [uses and disclosures, requests for PHI]
				        exemplars: [It applies to how we use, disclose and request PHI.]
				      - id: exceptions
				        description: Knows it does not apply to treatment disclosures.
				        weight: 1
				        expressions: [except treatment, not for treatment]
				        exemplars: [It does not apply when we share with a treating provider.]
				      redFlags:
				      - id: opens-whole-record
				        description: Opens the whole record out of habit.
				        expressions: [whole record, everything just in case]
				    modelAnswer: I access and disclose only the PHI the purpose needs, except for treatment.
				""".formatted(id, text);
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
