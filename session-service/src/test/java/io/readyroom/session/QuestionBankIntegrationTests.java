package io.readyroom.session;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.question;
import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank as the session service serves it: the shared questions, programs' imports with
 * their versions, and sessions drawn from it. Subclasses choose the infrastructure.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class QuestionBankIntegrationTests {

	private static final Caller COACH = TestCallers.coach("carla", "demo-program", "cohort-a");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	private SessionApi api;

	private final String program = "program-" + UUID.randomUUID();

	private final Caller director = TestCallers.director("director-of-" + this.program, this.program);

	@BeforeEach
	void callTheApi() {
		this.api = new SessionApi(this.mvc, this.tokens);
	}

	@Test
	void servesEverySharedQuestion() {
		assertThat(this.api.get(COACH, "/api/questions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(72);
	}

	@Test
	void importedQuestionIsPublishedAndVisibleToItsProgramOnly() {
		String questionId = "own-" + UUID.randomUUID();

		assertThat(importQuestions(question(questionId, "What is the minimum necessary standard?"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("CREATED"));

		assertThat(idsVisibleTo(this.director)).contains(questionId);
		assertThat(idsVisibleTo(TestCallers.coach("coach-of-" + this.program, this.program, "cohort-a")))
			.contains(questionId);
		assertThat(idsVisibleTo(TestCallers.director("omar", "another-program"))).doesNotContain(questionId);
		try (TopicProbe bank = TopicProbe.watch(bootstrapServers(), Topics.QUESTION_BANK)) {
			assertThat(bank.awaitRecord((r) -> r.key().equals(questionId + "@1")).value())
				.contains("\"programId\":\"" + this.program + "\"");
		}
	}

	@Test
	void aChangedQuestionIsANewVersionAndTheOldOneStaysResolvable() {
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(question(questionId, "What is the minimum necessary standard?"));

		assertThat(importQuestions(question(questionId, "Explain the minimum necessary standard."))).bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("NEW_VERSION"))
			.hasPathSatisfying("$[0].version", (version) -> assertThat(version).isEqualTo(2));

		assertThat(this.api.get(this.director, "/api/questions/{id}", questionId)).bodyJson()
			.hasPathSatisfying("$.version", (version) -> assertThat(version).isEqualTo(2));
		assertThat(this.api.get(this.director, "/api/questions/{id}/versions/1", questionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content.text",
					(text) -> assertThat(text).isEqualTo("What is the minimum necessary standard?"));
	}

	@Test
	void reimportingAnUnchangedQuestionChangesNothing() {
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(question(questionId, "What is the minimum necessary standard?"));

		assertThat(importQuestions(question(questionId, "What is the minimum necessary standard?"))).bodyJson()
			.hasPathSatisfying("$[0].change", (change) -> assertThat(change).isEqualTo("UNCHANGED"))
			.hasPathSatisfying("$[0].version", (version) -> assertThat(version).isEqualTo(1));
	}

	@Test
	void anInvalidImportNamesQuestionAndFieldAndImportsNothing() {
		String valid = question("own-" + UUID.randomUUID(), "What is the minimum necessary standard?");
		String invalid = question("own-broken", "What is PHI?").replace("difficulty: beginner", "difficulty: trivial");

		assertThat(importQuestions(valid + invalid.substring(invalid.indexOf("  - id:"))))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].item", (item) -> assertThat(item).isEqualTo("question #2 'own-broken'"))
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("$.difficulty"));
		assertThat(idsVisibleTo(this.director)).noneMatch((id) -> id.startsWith("own-"));
	}

	@Test
	void anImportedCriterionKeepsTheCompetencyItShows() {
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(question(questionId, "What is the minimum necessary standard?"));

		assertThat(this.api.get(this.director, "/api/questions/{id}", questionId)).bodyJson()
			.extractingPath("$.content.rubric.criteria[*].competency")
			.asArray()
			.containsOnly("hipaa-privacy-rule");
	}

	@Test
	void anImportWhoseCriterionShowsACompetencyItsQuestionDoesNotAssessImportsNothing() {
		String questionId = "own-" + UUID.randomUUID();
		String wrong = question(questionId, "What is the minimum necessary standard?")
			.replaceFirst("competency: hipaa-privacy-rule", "competency: release-of-information");

		assertThat(importQuestions(wrong)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].item",
					(item) -> assertThat(item).isEqualTo("question #1 '" + questionId + "'"))
			.hasPathSatisfying("$.errors[0].field",
					(field) -> assertThat(field).isEqualTo("$.rubric.criteria[0].competency"))
			.hasPathSatisfying("$.errors[0].message", (message) -> assertThat(message).asString()
				.contains("'only-what-is-needed'", "'release-of-information'"));
		assertThat(idsVisibleTo(this.director)).noneMatch((id) -> id.startsWith("own-"));
	}

	@Test
	void anImportOfMoreQuestionsThanTheLimitImportsNothing() {
		String first = question("own-" + UUID.randomUUID(), "Question 0?");
		String file = first + IntStream.range(1, 201).mapToObj((i) -> {
			String another = question("own-" + UUID.randomUUID(), "Question " + i + "?");
			return another.substring(another.indexOf("  - id:"));
		}).reduce("", String::concat);

		assertThat(importQuestions(file)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("201 questions", "at most 200");
		assertThat(idsVisibleTo(this.director)).noneMatch((id) -> id.startsWith("own-"));
	}

	@Test
	void aFileOverTheImportLimitIsRefusedUnread() {
		String file = question("own-" + UUID.randomUUID(), "What is PHI?") + "#".repeat(1_000_000);

		assertThat(importQuestions(file)).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("at most 1000000");
		assertThat(idsVisibleTo(this.director)).noneMatch((id) -> id.startsWith("own-"));
	}

	@Test
	void aProgramCannotTakeTheIdOfASharedQuestion() {
		assertThat(importQuestions(question("hit-roi-process", "Who may see a record?"))).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("hit-roi-process"));
	}

	@Test
	void questionsComeAsYamlOrJsonOnly() {
		assertThat(this.mvc.post()
			.uri("/api/programs/{program}/questions", this.program)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.contentType(MediaType.TEXT_PLAIN)
			.content("questions: []")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void mockInterviewMixesBehavioralTechnicalAndSituationalQuestions() {
		List<String> types = plannedTypes(
				"{\"roleTrack\":\"health-information-technician\",\"mode\":\"mock-interview\",\"questionCount\":5}");

		assertThat(types).hasSize(5).startsWith("behavioral").contains("technical", "situational");
	}

	@Test
	void practiceSetDrawsOnlyTheChosenTypesAndDifficulties() {
		String request = "{\"roleTrack\":\"ehr-specialist\",\"mode\":\"practice-set\",\"types\":[\"technical\"],"
				+ "\"difficulties\":[\"advanced\"],\"questionCount\":3}";

		List<String> ids = read(startSession(learner(), request), "$.plan[*].questionId");
		assertThat(ids).hasSize(3)
			.allSatisfy((id) -> assertThat(this.api.get(COACH, "/api/questions/{id}", id)).bodyJson()
				.hasPathSatisfying("$.content.difficulty", (difficulty) -> assertThat(difficulty).isEqualTo("advanced"))
				.hasPathSatisfying("$.content.questionType", (type) -> assertThat(type).isEqualTo("technical")));
	}

	@Test
	void aProgramsOwnQuestionsJoinItsLearnersSessions() {
		String questionId = "own-" + UUID.randomUUID();
		importQuestions(question(questionId, "What is the minimum necessary standard?").replace("type: technical",
				"type: situational"));
		String request = "{\"roleTrack\":\"health-information-technician\",\"mode\":\"practice-set\","
				+ "\"types\":[\"situational\"],\"questionCount\":20}";

		List<String> ids = read(
				startSession(TestCallers.learner("l-" + UUID.randomUUID(), this.program, "cohort-a"), request),
				"$.plan[*].questionId");
		List<String> elsewhere = read(startSession(learner(), request), "$.plan[*].questionId");

		assertThat(ids).contains(questionId);
		assertThat(elsewhere).doesNotContain(questionId);
	}

	@Test
	void targetedSessionDrawsQuestionsOfTheLearnersWeakestCompetency() {
		List<String> ids = read(startSession(TestCallers.learner("weak-in-ehr", "demo-program", "cohort-a"),
				"{\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}"), "$.plan[*].questionId");

		assertThat(ids).isNotEmpty();
		ids.forEach((id) -> assertThat(SessionApi.<List<String>>read(this.api.get(COACH, "/api/questions/{id}", id),
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

	@Test
	void targetedSessionSaysSoWhenAnalyticsRefusesTheLearnersToken() {
		assertThat(startTargeted("refused-by-analytics")).hasStatus(HttpStatus.BAD_GATEWAY)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("refused the learner's token (403)");
	}

	private MvcTestResult startTargeted(String learnerId) {
		return this.api.start(TestCallers.learner(learnerId, "demo-program", "cohort-a"),
				"{\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}");
	}

	private List<String> plannedTypes(String request) {
		List<String> ids = read(startSession(learner(), request), "$.plan[*].questionId");
		return ids.stream()
			.map((id) -> SessionApi.<String>read(this.api.get(COACH, "/api/questions/{id}", id),
					"$.content.questionType"))
			.toList();
	}

	private MvcTestResult startSession(Caller learner, String request) {
		MvcTestResult result = this.api.start(learner, request);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return result;
	}

	private static Caller learner() {
		return TestCallers.learner("l-" + UUID.randomUUID(), "demo-program", "cohort-a");
	}

	private List<String> idsVisibleTo(Caller staff) {
		return read(this.api.get(staff, "/api/questions"), "$[*].questionId");
	}

	private MvcTestResult importQuestions(String yaml) {
		return this.api.importQuestions(this.director, this.program, yaml);
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
