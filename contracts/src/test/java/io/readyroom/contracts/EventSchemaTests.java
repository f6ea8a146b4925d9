package io.readyroom.contracts;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemaTests {

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<ReadyroomEvent> events() {
		return SampleEvents.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void eventJsonMatchesItsCheckedInSchema(ReadyroomEvent event) {
		String serialized = this.json.writeValueAsString(event);

		assertThat(validate(event.type(), serialized)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void eventRoundTripsThroughJson(ReadyroomEvent event) {
		String serialized = this.json.writeValueAsString(event);

		assertThat(this.json.readValue(serialized, event.getClass())).isEqualTo(event);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void schemaRejectsAnEventWithoutItsEnvelope(ReadyroomEvent event) {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(event);
		tree.remove("eventId");

		assertThat(validate(event.type(), tree.toString())).isNotEmpty();
	}

	@Test
	void schemaRejectsAScoreAboveOneHundred() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.answerScored());
		tree.put("score", 101);

		assertThat(validate(AnswerScored.TYPE, tree.toString())).isNotEmpty();
	}

	@Test
	void schemaRejectsAReviewedScoreAboveOneHundred() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.answerReviewed());
		tree.put("score", 101);

		assertThat(validate(AnswerReviewed.TYPE, tree.toString())).isNotEmpty();
	}

	@Test
	void schemaRejectsAReviewedVerdictThatIsNotOne() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.answerReviewed());
		((ObjectNode) tree.get("criteria").get(0)).put("verdict", "GREAT");

		assertThat(validate(AnswerReviewed.TYPE, tree.toString())).isNotEmpty();
	}

	@Test
	void anExplanationWrittenBeforeGradedExamplesStillReads() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.answerScored());
		((ObjectNode) tree.get("explanation")).remove("gradedExamples");

		assertThat(validate(AnswerScored.TYPE, tree.toString())).isEmpty();
		assertThat(this.json.treeToValue(tree, AnswerScored.class).explanation().gradedExamples()).isNull();
	}

	@Test
	void aCriterionCarriesTheCompetencyItShows() {
		String serialized = this.json.writeValueAsString(SampleEvents.questionVersionPublished());

		QuestionVersionPublished read = this.json.readValue(serialized, QuestionVersionPublished.class);

		assertThat(read.rubric().criteria()).extracting(RubricCriterion::competency)
			.containsExactly("release-of-information");
	}

	@Test
	void aQuestionVersionPublishedBeforeCriteriaNamedCompetenciesStillReads() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.questionVersionPublished());
		ObjectNode criterion = (ObjectNode) tree.get("rubric").get("criteria").get(0);
		criterion.remove("competency");

		assertThat(validate(QuestionVersionPublished.TYPE, tree.toString())).isEmpty();
		assertThat(this.json.treeToValue(tree, QuestionVersionPublished.class).rubric().criteria())
			.extracting(RubricCriterion::competency)
			.containsOnlyNulls();
	}

	@Test
	void schemaRejectsABlankCriterionCompetency() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.questionVersionPublished());
		((ObjectNode) tree.get("rubric").get("criteria").get(0)).put("competency", "");

		assertThat(validate(QuestionVersionPublished.TYPE, tree.toString())).isNotEmpty();
	}

	@Test
	void aRedFlagCarriesItsExemplars() {
		String serialized = this.json.writeValueAsString(SampleEvents.questionVersionPublished());

		QuestionVersionPublished read = this.json.readValue(serialized, QuestionVersionPublished.class);

		assertThat(read.rubric().redFlags()).flatExtracting(RedFlag::exemplars)
			.containsExactly("Honestly if they know the date of birth I'd just read the results out to them.");
	}

	@Test
	void aQuestionVersionPublishedBeforeRedFlagsCarriedExemplarsStillReads() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.questionVersionPublished());
		ObjectNode redFlag = (ObjectNode) tree.get("rubric").get("redFlags").get(0);
		redFlag.remove("exemplars");

		assertThat(validate(QuestionVersionPublished.TYPE, tree.toString())).isEmpty();
		assertThat(this.json.treeToValue(tree, QuestionVersionPublished.class).rubric().redFlags())
			.flatExtracting(RedFlag::exemplars)
			.isEmpty();
	}

	@Test
	void schemaRejectsABlankRedFlagExemplar() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(SampleEvents.questionVersionPublished());
		((ObjectNode) tree.get("rubric").get("redFlags").get(0)).putArray("exemplars").add("");

		assertThat(validate(QuestionVersionPublished.TYPE, tree.toString())).isNotEmpty();
	}

	@Test
	void sessionEventsAreToldApartByTheirType() {
		String completed = this.json.writeValueAsString(SampleEvents.practiceSessionCompleted());

		PracticeSessionEvent read = this.json.readValue(completed, PracticeSessionEvent.class);

		assertThat(read).isInstanceOf(PracticeSessionCompleted.class)
			.isEqualTo(this.json.readValue(completed, PracticeSessionCompleted.class));
	}

	@Test
	void learnerDataEventsAreToldApartByTheirType() {
		String completed = this.json.writeValueAsString(SampleEvents.learnerErasureCompleted());

		LearnerDataEvent read = this.json.readValue(completed, LearnerDataEvent.class);

		assertThat(read).isInstanceOf(LearnerErasureCompleted.class)
			.isEqualTo(this.json.readValue(completed, LearnerErasureCompleted.class));
	}

	@Test
	void everyEventHasASchemaFile() {
		for (ReadyroomEvent event : SampleEvents.all()) {
			assertThat(EventSchemaTests.class.getResource(schemaPath(event.type()))).as(event.type()).isNotNull();
		}
	}

	private List<Error> validate(String type, String serialized) {
		try (InputStream schemaFile = EventSchemaTests.class.getResourceAsStream(schemaPath(type))) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaFile);
			return schema.validate(serialized, InputFormat.JSON,
					(context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String schemaPath(String type) {
		return "/schemas/" + type + ".v1.schema.json";
	}

}
