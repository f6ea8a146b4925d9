package io.readyroom.session.bank;

import java.util.Comparator;
import java.util.List;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the bank: listings filtered like sessions draw, and every version in full. */
@RestController
@RequestMapping("/api")
class QuestionController {

	private final QuestionCatalog catalog;

	private final CompetencyModel model;

	QuestionController(QuestionCatalog catalog, CompetencyModel model) {
		this.catalog = catalog;
		this.model = model;
	}

	@GetMapping("/competency-model")
	CompetencyModel competencyModel() {
		return this.model;
	}

	@GetMapping("/questions")
	List<QuestionSummary> questions(@RequestParam(required = false) String programId,
			@RequestParam(required = false) String roleTrack, @RequestParam(required = false) QuestionType type,
			@RequestParam(required = false) Difficulty difficulty) {
		return this.catalog.currentFor(programId)
			.stream()
			.filter((question) -> roleTrack == null || question.roleTracks().contains(roleTrack))
			.filter((question) -> type == null || question.questionType() == type)
			.filter((question) -> difficulty == null || question.difficulty() == difficulty)
			.sorted(Comparator.comparing(QuestionVersion::questionId))
			.map(QuestionSummary::of)
			.toList();
	}

	@GetMapping("/questions/{questionId}")
	QuestionVersion current(@PathVariable String questionId) {
		return this.catalog.current(questionId).orElseThrow(() -> BankProblems.unknownQuestion(questionId));
	}

	@GetMapping("/questions/{questionId}/versions/{version}")
	QuestionVersion version(@PathVariable String questionId, @PathVariable int version) {
		return this.catalog.find(questionId, version)
			.orElseThrow(() -> BankProblems.unknownQuestion(questionId + "@" + version));
	}

}
