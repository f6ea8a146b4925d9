package io.readyroom.bank;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.readyroom.bank.CompetencyModel.Competency;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.bank.CompetencyModel.RoleTrack;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BankFileReaderTests {

	private static final CompetencyModel MODEL = new CompetencyModel(
			List.of(new Competency("release-of-information", "ROI", "foundational", "Release of information"),
					new Competency("hipaa-privacy-rule", "Privacy", "foundational", "HIPAA Privacy Rule")),
			List.of(new RoleTrack("health-information-technician", "HIT", "Technician",
					List.of(new Requirement("release-of-information", 70, 2)))));

	private final BankFileReader reader = new BankFileReader(MODEL);

	@Test
	void readsAValidQuestionWithItsRubric() {
		List<BankQuestion> questions = read(BankFiles.VALID);

		assertThat(questions).singleElement().satisfies((question) -> {
			assertThat(question.id()).isEqualTo("roi-phone-request");
			assertThat(question.questionType()).isEqualTo(QuestionType.SITUATIONAL);
			assertThat(question.rubric().structure()).isEqualTo(RubricStructure.ORDERED_STEPS);
			assertThat(question.rubric().criteria()).hasSize(3);
			assertThat(question.rubric().criteria().get(0).expressions()).contains("two identifiers");
			assertThat(question.competencyWeights()).hasSize(2);
		});
	}

	@Test
	void aRubricWithTooFewCriteriaIsRefusedNamingFileQuestionAndField() {
		String broken = BankFiles.VALID.replaceFirst("(?s)      - id: document.*?exemplars: \\[[^]]*]\\n", "");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.source()).isEqualTo("upload.yaml");
				assertThat(problem.item()).isEqualTo("question #1 'roi-phone-request'");
				assertThat(problem.field()).isEqualTo("$.rubric.criteria");
				assertThat(problem.message()).contains("3");
			}));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		String broken = BankFiles.VALID.replace("type: situational", "type: riddle")
			.replace("weight: 0.7", "weight: 7");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(BankProblem::field)
				.contains("$.type", "$.competencies[0].weight"));
	}

	@Test
	void unknownCompetencyAndRoleTrackAreRefused() {
		String broken = BankFiles.VALID.replace("id: hipaa-privacy-rule", "id: astrology")
			.replace("[health-information-technician]", "[astronaut]");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(BankProblem::message)
				.contains("unknown competency 'astrology'", "unknown role track 'astronaut'"));
	}

	@Test
	void competencyWeightsMustSumToOne() {
		String broken = BankFiles.VALID.replace("weight: 0.3", "weight: 0.5");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).startsWith("weights must sum to 1")));
	}

	@Test
	void everyCriterionNamesTheCompetencyItShows() {
		assertThat(read(BankFiles.VALID).get(0).rubric().criteria()).extracting(RubricCriterion::competency)
			.containsExactly("release-of-information", "hipaa-privacy-rule", "release-of-information");
	}

	@Test
	void aCriterionShowingACompetencyTheQuestionDoesNotAssessIsRefusedNamingCriterionAndField() {
		String broken = BankFiles.VALID.replaceFirst("competency: hipaa-privacy-rule", "competency: release-of-info");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.source()).isEqualTo("upload.yaml");
				assertThat(problem.item()).isEqualTo("question #1 'roi-phone-request'");
				assertThat(problem.field()).isEqualTo("$.rubric.criteria[1].competency");
				assertThat(problem.message()).contains("'check-authorization'", "'release-of-info'",
						"[release-of-information, hipaa-privacy-rule]");
			}));
	}

	@Test
	void aCriterionWithoutACompetencyIsRefused() {
		String broken = BankFiles.VALID.replaceFirst("\\s+competency: hipaa-privacy-rule", "");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("$.rubric.criteria[1]");
				assertThat(problem.message()).contains("competency");
			}));
	}

	@Test
	void authoringWordsInWhatLearnersReadAreRefused() {
		String broken = BankFiles.VALID
			.replace("Checks the request is authorized.",
					"Checks the request is authorized, as the seed's tip advises.")
			.replace("Reads out results without verifying who is calling.", "Misses the rubric's first step.");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(BankProblem::field)
				.containsExactlyInAnyOrder("$.rubric.criteria[1].description", "$.rubric.redFlags[0].description"));
	}

	@Test
	void aRedFlagCarriesTheSentencesACandidateMightSayIt() {
		assertThat(read(BankFiles.VALID).get(0).rubric().redFlags()).singleElement()
			.satisfies((redFlag) -> assertThat(redFlag.exemplars()).containsExactly(
					"If she knows the patient's name I'd just give her the potassium level to save her a trip.",
					"Honestly I read results to whoever calls from the patient's number."));
	}

	@Test
	void anImportMayLeaveOutRedFlagExemplars() {
		String withoutExemplars = BankFiles.VALID.replaceFirst("(?s)(read them the results]\\n).*?(    modelAnswer)",
				"$1$2");

		assertThat(read(withoutExemplars).get(0).rubric().redFlags()).singleElement()
			.satisfies((redFlag) -> assertThat(redFlag.exemplars()).isEmpty());
	}

	@Test
	void aBlankRedFlagExemplarIsRefusedNamingRedFlagAndField() {
		String broken = BankFiles.VALID.replace("- Honestly I read results to whoever calls from the patient's number.",
				"- ' '");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.item()).isEqualTo("question #1 'roi-phone-request'");
				assertThat(problem.field()).isEqualTo("$.rubric.redFlags[0].exemplars[1]");
				assertThat(problem.message()).contains("'discloses-unverified'", "blank exemplar");
			}));
	}

	@Test
	void anEmptyRedFlagExemplarIsRefusedByTheSchema() {
		String broken = BankFiles.VALID.replace("- Honestly I read results to whoever calls from the patient's number.",
				"- ''");

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(broken))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.field()).isEqualTo("$.rubric.redFlags[0].exemplars[1]")));
	}

	@Test
	void exemplarsAreACandidatesWordsSoAuthoringWordsAreNotCheckedInThem() {
		String candidateSays = BankFiles.VALID.replace("Honestly I read results",
				"Honestly, tip for anyone new, I read results");

		assertThat(read(candidateSays)).hasSize(1);
	}

	@Test
	void twoQuestionsWithOneIdAreRefused() {
		String twice = BankFiles.VALID + BankFiles.VALID.substring(BankFiles.VALID.indexOf("  - id:"));

		assertThatExceptionOfType(InvalidBankException.class).isThrownBy(() -> read(twice))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.item()).isEqualTo("question #2 'roi-phone-request'")));
	}

	@Test
	void malformedYamlIsReportedWithItsLine() {
		assertThatExceptionOfType(InvalidBankException.class)
			.isThrownBy(() -> read("questions:\n  - id: a\n    text: [unclosed\n"))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.field()).startsWith("line ")));
	}

	@Test
	void theSharedBankRequiresProvenanceAnImportDoesNot() {
		String withoutProvenance = BankFiles.VALID.substring(0, BankFiles.VALID.indexOf("    provenance:"));

		assertThat(this.reader.read("upload.yaml", withoutProvenance.getBytes(StandardCharsets.UTF_8), BankFormat.YAML,
				false))
			.hasSize(1);
		assertThatExceptionOfType(InvalidBankException.class)
			.isThrownBy(() -> this.reader.read("bank.yaml", withoutProvenance.getBytes(StandardCharsets.UTF_8),
					BankFormat.YAML, true))
			.withMessageContaining("$.provenance");
	}

	private List<BankQuestion> read(String yaml) {
		return this.reader.read("upload.yaml", yaml.getBytes(StandardCharsets.UTF_8), BankFormat.YAML, true);
	}

}
