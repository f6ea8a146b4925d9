package io.readyroom.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SharedBankTests {

	/** Wordings that ask for a story from the candidate's past. */
	private static final Pattern PAST_EXPERIENCE = Pattern
		.compile("(?i)^(tell me about a|describe a (time|situation)|give (me )?an example|share an example)");

	private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

	private static SharedBank bank;

	@BeforeAll
	static void load() {
		bank = SharedBank.load();
	}

	@Test
	void everySeedQuestionIsInTheBank() {
		Map<String, Long> perSeed = bank.questions()
			.stream()
			.collect(Collectors.groupingBy((question) -> question.provenance().seed().substring(0, 3),
					Collectors.counting()));

		assertThat(perSeed).containsExactlyInAnyOrderEntriesOf(Map.of("000", 6L, "001", 40L, "002", 8L, "004", 18L));
	}

	@Test
	void noTwoQuestionsShareAnId() {
		assertThat(bank.questions().stream().map(BankQuestion::id).distinct()).hasSize(bank.questions().size());
	}

	@Test
	void everyRubricIsComplete() {
		assertThat(bank.questions()).allSatisfy((question) -> {
			assertThat(question.rubric().criteria().size()).as(question.id()).isBetween(3, 7);
			assertThat(question.rubric().criteria()).as(question.id())
				.allSatisfy((criterion) -> assertThat(criterion.exemplars()).isNotEmpty());
			assertThat(question.rubric().redFlags()).as(question.id()).isNotEmpty();
			assertThat(question.rubric().redFlags()).as(question.id())
				.allSatisfy(
						(redFlag) -> assertThat(redFlag.exemplars()).as(redFlag.id()).hasSizeGreaterThanOrEqualTo(2));
			assertThat(question.intent()).as(question.id()).isNotBlank();
			assertThat(question.modelAnswer()).as(question.id()).isNotBlank();
		});
	}

	@Test
	void redFlagExemplarsAreACandidatesWordsWithoutAuthoringWords() {
		List<String> withAuthoringWords = bank.questions()
			.stream()
			.flatMap((question) -> question.rubric().redFlags().stream())
			.flatMap((redFlag) -> redFlag.exemplars().stream())
			.filter((exemplar) -> AuthoringWords.findIn(exemplar).isPresent())
			.toList();

		assertThat(withAuthoringWords).isEmpty();
	}

	@Test
	void questionsAskingForAPastExperienceExpectAStarStory() {
		List<String> notStar = bank.questions()
			.stream()
			.filter((question) -> PAST_EXPERIENCE.matcher(question.text()).find())
			.filter((question) -> question.rubric().structure() != RubricStructure.STAR)
			.map(BankQuestion::id)
			.toList();

		assertThat(notStar).isEmpty();
	}

	@Test
	void starStoriesAreAskedForByBehavioralQuestionsOnly() {
		List<String> starButNotBehavioral = bank.questions()
			.stream()
			.filter((question) -> question.rubric().structure() == RubricStructure.STAR)
			.filter((question) -> question.questionType() != QuestionType.BEHAVIORAL)
			.map(BankQuestion::id)
			.toList();

		assertThat(starButNotBehavioral).isEmpty();
	}

	@Test
	void rubricsWithoutSeedGuidanceAreMarkedAsAuthored() {
		assertThat(bank.questions()).filteredOn((question) -> question.provenance().seedGuidance().isEmpty())
			.allSatisfy((question) -> assertThat(question.rubric().basis()).as(question.id()).isEqualTo("authored"));
	}

	@Test
	void originalWordingIsTheSeedsOwn() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS), "the seed documents are beside the repository");
		Map<String, String> seeds = Files.list(SEEDS)
			.collect(Collectors.toMap((file) -> file.getFileName().toString(), SharedBankTests::normalized));

		assertThat(bank.questions())
			.allSatisfy((question) -> assertThat(seeds.get(question.provenance().seed())).as(question.id())
				.contains(normalize(question.provenance().originalWording())));
	}

	@Test
	void everyCompetencyARoleRequiresIsAssessedByQuestionsOfThatRole() {
		for (CompetencyModel.RoleTrack track : bank.competencyModel().roleTracks()) {
			Set<String> assessed = bank.questions()
				.stream()
				.filter((question) -> question.roleTracks().contains(track.id()))
				.flatMap((question) -> question.competencies().stream().map(BankQuestion.CompetencyRef::id))
				.collect(Collectors.toSet());
			assertThat(assessed).as(track.id())
				.containsAll(track.requires().stream().map(CompetencyModel.Requirement::competency).toList());
		}
	}

	@Test
	void roleTracksRequireOnlyKnownCompetencies() {
		assertThat(bank.competencyModel().roleTracks()).allSatisfy((track) -> assertThat(track.requires())
			.allSatisfy((requirement) -> assertThat(bank.competencyModel().hasCompetency(requirement.competency()))
				.as(track.id() + " requires " + requirement.competency())
				.isTrue()));
	}

	private static String normalized(Path file) {
		try {
			return normalize(Files.readString(file));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String normalize(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
