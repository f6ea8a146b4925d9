package io.readyroom.session.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.session.bank.QuestionVersion;
import io.readyroom.session.bank.QuestionVersion.QuestionContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionDrawTests {

	private final List<QuestionVersion> candidates = candidates();

	@Test
	void mockInterviewOfFiveIsTwoBehavioralTwoTechnicalAndOneSituational() {
		List<QuestionVersion> drawn = QuestionDraw.mockInterview(this.candidates, 5, 42);

		assertThat(drawn).extracting(QuestionVersion::questionType)
			.containsExactlyInAnyOrder(QuestionType.BEHAVIORAL, QuestionType.BEHAVIORAL, QuestionType.TECHNICAL,
					QuestionType.TECHNICAL, QuestionType.SITUATIONAL)
			.startsWith(QuestionType.BEHAVIORAL, QuestionType.TECHNICAL, QuestionType.SITUATIONAL);
	}

	@Test
	void mockInterviewTopsUpFromOtherTypesWhenOneRunsShort() {
		List<QuestionVersion> noSituational = this.candidates.stream()
			.filter((question) -> question.questionType() != QuestionType.SITUATIONAL)
			.toList();

		assertThat(QuestionDraw.mockInterview(noSituational, 5, 42)).hasSize(5).doesNotHaveDuplicates();
	}

	@Test
	void mockInterviewNeverPlansMoreThanAsked() {
		assertThat(QuestionDraw.mockInterview(this.candidates, 4, 7)).hasSize(4);
		assertThat(QuestionDraw.mockInterview(this.candidates, 1, 7)).hasSize(1);
	}

	@Test
	void practiceSetKeepsOnlyTheChosenTypesAndDifficulties() {
		List<QuestionVersion> drawn = QuestionDraw.practiceSet(this.candidates, Set.of(QuestionType.TECHNICAL),
				Set.of(Difficulty.ADVANCED), 10, 1);

		assertThat(drawn).isNotEmpty()
			.allSatisfy((question) -> assertThat(question.questionType()).isEqualTo(QuestionType.TECHNICAL))
			.allSatisfy((question) -> assertThat(question.difficulty()).isEqualTo(Difficulty.ADVANCED));
	}

	@Test
	void theSameSeedDrawsTheSamePlan() {
		assertThat(QuestionDraw.mockInterview(this.candidates, 5, 99))
			.isEqualTo(QuestionDraw.mockInterview(this.candidates, 5, 99));
	}

	private static List<QuestionVersion> candidates() {
		List<QuestionVersion> candidates = new ArrayList<>();
		for (QuestionType type : QuestionType.values()) {
			for (Difficulty difficulty : Difficulty.values()) {
				for (int i = 0; i < 2; i++) {
					candidates.add(question(type.name().toLowerCase() + "-" + difficulty.name().toLowerCase() + "-" + i,
							type, difficulty));
				}
			}
		}
		return candidates;
	}

	private static QuestionVersion question(String id, QuestionType type, Difficulty difficulty) {
		Rubric rubric = new Rubric(RubricStructure.FREE,
				List.of(new RubricCriterion("point", "A point", 1, List.of("point"), List.of("A point."))), List.of());
		QuestionContent content = new QuestionContent("Question " + id + "?", type, difficulty,
				List.of("health-information-technician"), List.of(new CompetencyWeight("ehr-systems", 1.0)), "intent",
				rubric, "model answer");
		return new QuestionVersion(id + "@1", id, 1, null, "hash", true, content, "authored", null, Instant.EPOCH);
	}

}
