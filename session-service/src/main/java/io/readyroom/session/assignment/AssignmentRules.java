package io.readyroom.session.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.contracts.SessionMode;
import io.readyroom.session.assignment.AssignmentProblems.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * What a new assignment must be beyond the shape of its fields: a practice set or a
 * targeted drill, on a known role track and known competencies, due in the future, and
 * for the whole cohort or a learner of it. Every problem is reported at once.
 */
@Component
class AssignmentRules {

	private final CompetencyModel model;

	private final Clock clock;

	AssignmentRules(CompetencyModel model, Clock clock) {
		this.model = model;
		this.clock = clock;
	}

	/**
	 * @param cohortLearners the cohort's learners as far as they are known
	 * @return the assignment's mode
	 * @throws org.springframework.web.ErrorResponseException 400 naming every field that
	 * is wrong
	 */
	SessionMode check(AssignRequest request, String cohortId, Set<String> cohortLearners) {
		List<FieldProblem> problems = new ArrayList<>();
		SessionMode mode = modeOf(request.mode(), problems);
		if (request.roleTrack() != null && this.model.roleTrack(request.roleTrack()).isEmpty()) {
			problems.add(new FieldProblem("roleTrack", "is not a known role track; known: "
					+ String.join(", ", this.model.roleTracks().stream().map(CompetencyModel.RoleTrack::id).toList())));
		}
		request.competencyIds()
			.stream()
			.filter((competency) -> !this.model.hasCompetency(competency))
			.forEach((competency) -> problems.add(new FieldProblem("competencyIds",
					"'" + competency + "' is not a competency of the competency model (GET /api/competency-model)")));
		if (mode == SessionMode.PRACTICE_SET && !request.competencyIds().isEmpty()) {
			problems.add(new FieldProblem("competencyIds", "are drilled by a targeted drill, not a practice set"));
		}
		if (!request.dueAt().isAfter(this.clock.instant())) {
			problems.add(new FieldProblem("dueAt", "must be in the future"));
		}
		if (request.learnerId() != null && !cohortLearners.contains(request.learnerId())) {
			problems.add(new FieldProblem("learnerId", "is not a learner of cohort '" + cohortId
					+ "' (a learner is known to be in it once they practised in it)"));
		}
		if (!problems.isEmpty()) {
			throw AssignmentProblems.invalid(problems);
		}
		return mode;
	}

	private static SessionMode modeOf(String mode, List<FieldProblem> problems) {
		return switch (mode) {
			case "practice-set" -> SessionMode.PRACTICE_SET;
			case "targeted" -> SessionMode.TARGETED;
			case "mock-interview" -> {
				problems.add(new FieldProblem("mode",
						"a mock interview cannot be assigned; assign a practice-set or a targeted drill"));
				yield null;
			}
			default -> {
				problems.add(new FieldProblem("mode", "must be practice-set or targeted"));
				yield null;
			}
		};
	}

}
