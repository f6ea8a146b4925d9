package io.readyroom.session.bank;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the bank: listings filtered like sessions draw, and every version in full.
 * Staff see the shared bank and their own program's questions; another program's
 * questions are left out of listings and unknown by id, since their existence is that
 * program's business. Admins see every program's.
 */
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

	/**
	 * The current questions a session of a program draws from: the shared bank's and the
	 * program's own, of the caller's program unless {@code programId} names another (an
	 * admin, who belongs to none, names one). Of another program only its shared-bank
	 * questions are listed.
	 */
	@GetMapping("/questions")
	List<QuestionSummary> questions(@RequestParam(required = false) String programId,
			@RequestParam(required = false) String roleTrack, @RequestParam(required = false) QuestionType type,
			@RequestParam(required = false) Difficulty difficulty, Caller caller) {
		return this.catalog.currentFor((programId != null) ? programId : caller.programId())
			.stream()
			.filter((question) -> question.isAskedTo(caller))
			.filter((question) -> roleTrack == null || question.roleTracks().contains(roleTrack))
			.filter((question) -> type == null || question.questionType() == type)
			.filter((question) -> difficulty == null || question.difficulty() == difficulty)
			.sorted(Comparator.comparing(QuestionVersion::questionId))
			.map(QuestionSummary::of)
			.toList();
	}

	@GetMapping("/questions/{questionId}")
	QuestionVersion current(@PathVariable String questionId, Caller caller) {
		return askedTo(caller, this.catalog.current(questionId))
			.orElseThrow(() -> BankProblems.unknownQuestion(questionId));
	}

	@GetMapping("/questions/{questionId}/versions/{version}")
	QuestionVersion version(@PathVariable String questionId, @PathVariable int version, Caller caller) {
		return askedTo(caller, this.catalog.find(questionId, version))
			.orElseThrow(() -> BankProblems.unknownQuestion(questionId + "@" + version));
	}

	private static Optional<QuestionVersion> askedTo(Caller caller, Optional<QuestionVersion> question) {
		return question.filter((candidate) -> candidate.isAskedTo(caller));
	}

}
