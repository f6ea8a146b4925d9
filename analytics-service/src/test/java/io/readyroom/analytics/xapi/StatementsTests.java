package io.readyroom.analytics.xapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.CompetencyScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class StatementsTests {

	private static final String SESSION = UUID.randomUUID().toString();

	private static final String HOME_PAGE = "https://id.example.org";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Statements statements = new Statements(new XapiProperties(null, 0, null, null, null, null));

	private final ScoredAnswer answer = new ScoredAnswer("a-1", "ana", "program-hit", "cohort-a", SESSION,
			"hit-roi-process", 2, 72, List.of(new CompetencyScore("release-of-information", 72)), List.of(),
			Instant.parse("2026-12-01T10:15:30Z"), "scorer-9", null);

	private final PracticeActivity session = new PracticeActivity(SESSION, "ana", "program-hit", "cohort-a",
			"health-information-technician", "PRACTICE", Instant.parse("2026-12-01T10:00:00Z"),
			Instant.parse("2026-12-01T10:30:00Z"), 3);

	@Test
	void anAnsweredStatementKeepsTheSpecificationsRules() {
		JsonNode statement = tree(this.statements.answered(this.answer, HOME_PAGE, BankTexts.NONE));

		assertThat(XapiStatementRules.violationsOf(statement)).isEmpty();
		assertThat(statement.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
		assertThat(statement.at("/actor/account/homePage").asString()).isEqualTo(HOME_PAGE);
		assertThat(statement.at("/actor/account/name").asString()).isEqualTo("ana");
		assertThat(statement.at("/object/id").asString())
			.isEqualTo("https://readyroom.io/xapi/questions/hit-roi-process");
		assertThat(statement.at("/result/score/scaled").asDouble()).isEqualTo(0.72);
		assertThat(statement.at("/result/score/raw").asInt()).isEqualTo(72);
		assertThat(statement.at("/context/registration").asString()).isEqualTo(SESSION);
		assertThat(statement.at("/context/extensions").get("https://readyroom.io/xapi/extensions/cohort").asString())
			.isEqualTo("cohort-a");
		assertThat(statement.at("/context/extensions")
			.get("https://readyroom.io/xapi/extensions/competencies")
			.get(0)
			.get("competency")
			.asString()).isEqualTo("release-of-information");
		assertThat(statement.at("/result/extensions").get("https://readyroom.io/xapi/extensions/answer").asString())
			.isEqualTo("a-1");
		assertThat(statement.at("/timestamp").asString()).isEqualTo("2026-12-01T10:15:30Z");
	}

	@Test
	void aCompletedStatementCarriesTheMeanScoreOfTheSessionsAnswers() {
		JsonNode statement = tree(this.statements.completed(this.session, "program-hit", 64.5, HOME_PAGE));

		assertThat(XapiStatementRules.violationsOf(statement)).isEmpty();
		assertThat(statement.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
		assertThat(statement.at("/object/id").asString()).isEqualTo("https://readyroom.io/xapi/sessions/" + SESSION);
		assertThat(statement.at("/result/completion").asBoolean()).isTrue();
		assertThat(statement.at("/result/score/scaled").asDouble()).isEqualTo(0.65);
		assertThat(statement.at("/context/extensions").get("https://readyroom.io/xapi/extensions/program").asString())
			.isEqualTo("program-hit");
	}

	@Test
	void aSessionWithoutScoredAnswersIsCompletedWithoutAScore() {
		JsonNode statement = tree(this.statements.completed(this.session, "program-hit", null, HOME_PAGE));

		assertThat(XapiStatementRules.violationsOf(statement)).isEmpty();
		assertThat(statement.at("/result").has("score")).isFalse();
	}

	@Test
	void theSameAnswerAndScoreAlwaysGiveTheSameIdAndANewScoreANewOne() {
		String id = this.statements.answered(this.answer, HOME_PAGE, BankTexts.NONE).get("id").toString();
		ScoredAnswer rescored = new ScoredAnswer("a-1", "ana", "program-hit", "cohort-a", SESSION, "hit-roi-process", 3,
				80, List.of(), List.of(), this.answer.submittedAt(), "scorer-9", null);

		assertThat(this.statements.answered(this.answer, HOME_PAGE, BankTexts.NONE).get("id")).isEqualTo(id);
		assertThat(this.statements.answered(rescored, HOME_PAGE, BankTexts.NONE).get("id")).isNotEqualTo(id);
	}

	static Stream<Arguments> brokenStatements() {
		return Stream.of(
				arguments("a scaled score above 1",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.at("/result/score")).put("scaled", 1.5)),
				arguments("two identifiers of the actor",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.get("actor")).put("mbox",
								"mailto:ana@example.org")),
				arguments("a verb that is not an IRI",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.get("verb")).put("id", "answered")),
				arguments("a registration that is not a UUID",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.get("context")).put("registration", "session-1")),
				arguments("a timestamp without a time zone",
						(Consumer<ObjectNode>) (s) -> s.put("timestamp", "2026-12-01T10:15:30")),
				arguments("an extension key that is not an IRI",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.at("/context/extensions")).put("cohort", "a")),
				arguments("an unknown interaction type",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.at("/object/definition")).put("interactionType",
								"essay")),
				arguments("a raw score above the maximum",
						(Consumer<ObjectNode>) (s) -> ((ObjectNode) s.at("/result/score")).put("raw", 101)),
				arguments("a property xAPI does not have", (Consumer<ObjectNode>) (s) -> s.put("learner", "ana")));
	}

	@ParameterizedTest(name = "{0} breaks a rule")
	@MethodSource("brokenStatements")
	void theRulesCatchWhatAnLrsWouldRefuse(String what, Consumer<ObjectNode> breakIt) {
		ObjectNode statement = (ObjectNode) tree(this.statements.answered(this.answer, HOME_PAGE, BankTexts.NONE));
		breakIt.accept(statement);

		assertThat(XapiStatementRules.violationsOf(statement)).as(what).hasSize(1);
	}

	private JsonNode tree(Map<String, Object> statement) {
		return this.json.readTree(this.json.writeValueAsString(statement));
	}

}
