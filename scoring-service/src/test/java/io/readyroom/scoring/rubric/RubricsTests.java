package io.readyroom.scoring.rubric;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer's copy of a rubric keeps what scoring needs of each criterion and red flag,
 * from the bank topic's JSON through the store and back.
 */
class RubricsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private MongoServer server;

	private MongoClient client;

	private Rubrics rubrics;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.rubrics = new Rubrics(new MongoTemplate(this.client, "rubrics"));
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void eachCriterionKeepsTheCompetencyItShows() {
		QuestionVersionPublished published = question(
				new RubricCriterion("verify-identity", "Verifies the caller's identity first.", 2.0,
						List.of("verify identity", "two identifiers"),
						List.of("I verify the caller with two identifiers."), "release-of-information"),
				new RubricCriterion("minimum-necessary", "Discloses only what the request needs.", 1.0,
						List.of("minimum necessary", "only what is needed"),
						List.of("I release only the visit the request names."), "hipaa-privacy-rule"));

		this.rubrics.remember(fromTheTopic(published));

		assertThat(this.rubrics.find("roi-phone-request", 1)).hasValueSatisfying((stored) -> {
			assertThat(stored.rubric().criteria()).extracting(RubricCriterion::competency)
				.containsExactly("release-of-information", "hipaa-privacy-rule");
			assertThat(stored.rubric()).isEqualTo(published.rubric());
		});
	}

	@Test
	void aCriterionPublishedBeforeCriteriaNamedCompetenciesIsKeptWithoutOne() {
		QuestionVersionPublished published = question(new RubricCriterion("verify-identity",
				"Verifies the caller's identity first.", 2.0, List.of("verify identity", "two identifiers"),
				List.of("I verify the caller with two identifiers.")));

		this.rubrics.remember(fromTheTopic(published));

		assertThat(this.rubrics.find("roi-phone-request", 1)).hasValueSatisfying(
				(stored) -> assertThat(stored.rubric().criteria()).extracting(RubricCriterion::competency)
					.containsOnlyNulls());
	}

	@Test
	void eachRedFlagKeepsItsExemplars() {
		RedFlag redFlag = new RedFlag("discloses-unverified", "Reads out results without verifying who is calling.",
				List.of("read them the results"),
				List.of("Honestly if she sounds like the patient I'd just read her the potassium level.",
						"To save time I give callers their results as soon as they say the name."));
		QuestionVersionPublished published = question(List.of(redFlag), verifyIdentity());

		this.rubrics.remember(fromTheTopic(published));

		assertThat(this.rubrics.find("roi-phone-request", 1)).hasValueSatisfying((stored) -> {
			assertThat(stored.rubric().redFlags()).flatExtracting(RedFlag::exemplars)
				.containsExactlyElementsOf(redFlag.exemplars());
			assertThat(stored.rubric()).isEqualTo(published.rubric());
		});
	}

	@Test
	void aRedFlagPublishedBeforeRedFlagsCarriedExemplarsIsKeptWithNone() {
		ObjectNode tree = (ObjectNode) this.json.valueToTree(question(verifyIdentity()));
		((ObjectNode) tree.get("rubric").get("redFlags").get(0)).remove("exemplars");

		this.rubrics.remember(this.json.treeToValue(tree, QuestionVersionPublished.class));

		assertThat(this.rubrics.find("roi-phone-request", 1))
			.hasValueSatisfying((stored) -> assertThat(stored.rubric().redFlags()).singleElement()
				.satisfies((redFlag) -> assertThat(redFlag.exemplars()).isEmpty()));
	}

	private QuestionVersionPublished fromTheTopic(QuestionVersionPublished published) {
		return this.json.readValue(this.json.writeValueAsString(published), QuestionVersionPublished.class);
	}

	private static RubricCriterion verifyIdentity() {
		return new RubricCriterion("verify-identity", "Verifies the caller's identity first.", 2.0,
				List.of("verify identity", "two identifiers"), List.of("I verify the caller with two identifiers."),
				"release-of-information");
	}

	private static QuestionVersionPublished question(RubricCriterion... criteria) {
		return question(List.of(new RedFlag("discloses-unverified",
				"Reads out results without verifying who is calling.", List.of("read them the results"))), criteria);
	}

	private static QuestionVersionPublished question(List<RedFlag> redFlags, RubricCriterion... criteria) {
		Rubric rubric = new Rubric(RubricStructure.ORDERED_STEPS, List.of(criteria), redFlags);
		return QuestionVersionPublished.of(new QuestionVersionPublished.Content("roi-phone-request", 1, null,
				"A caller asks for their lab results over the phone. What do you do?", QuestionType.SITUATIONAL,
				Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight("release-of-information", 0.7),
						new CompetencyWeight("hipaa-privacy-rule", 0.3)),
				"Whether the candidate protects PHI on the phone.", rubric,
				"I verify the caller with two identifiers and release only what the request needs."));
	}

}
