package io.readyroom.session.program;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.contracts.EnrolmentChanged.Change;
import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;

import org.springframework.stereotype.Service;

/**
 * Imports a program's enrolments from a file. The whole file is checked against the
 * program's cohorts and the known role tracks first; with any error nothing changes and
 * every line's error is reported. Then each learner is enrolled, moved, or left as they
 * are, and given the file's target role, all published before the import is reported.
 */
@Service
class EnrolmentImport {

	private final ProgramReads program;

	private final KnownRoleTracks roleTracks;

	private final ProgramWrites writes;

	private final Clock clock;

	EnrolmentImport(ProgramReads program, KnownRoleTracks roleTracks, ProgramWrites writes, Clock clock) {
		this.program = program;
		this.roleTracks = roleTracks;
		this.writes = writes;
		this.clock = clock;
	}

	ImportReport importFile(Caller caller, String programId, String text) {
		Permissions.requireManager(caller, programId, "imports its enrolments");
		EnrolmentFile file = EnrolmentFile.read(text);
		Map<String, Cohort> cohortsById = this.program.cohorts(programId)
			.stream()
			.collect(Collectors.toMap(Cohort::cohortId, Function.identity()));
		Map<String, Enrolment> existing = existing(programId, file.lines());
		List<LineError> errors = new ArrayList<>(file.errors());
		file.lines().forEach((line) -> check(line, cohortsById, existing, programId).ifPresent(errors::add));
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(LineError::line));
			throw ProgramProblems.invalidEnrolments(errors);
		}
		return apply(caller, programId, file.lines(), existing);
	}

	private Map<String, Enrolment> existing(String programId, List<EnrolmentLine> lines) {
		List<String> ids = lines.stream().map((line) -> Enrolment.idOf(programId, line.username())).toList();
		return this.program.enrolments(ids)
			.stream()
			.collect(Collectors.toMap(Enrolment::learnerId, Function.identity()));
	}

	private Optional<LineError> check(EnrolmentLine line, Map<String, Cohort> cohortsById,
			Map<String, Enrolment> existing, String programId) {
		List<String> problems = new ArrayList<>();
		Cohort cohort = cohortsById.get(line.cohortId());
		Enrolment before = existing.get(line.username());
		if (cohort == null) {
			problems.add("program '" + programId + "' has no cohort '" + line.cohortId() + "'");
		}
		else if (!cohort.isOpen() && (before == null || !line.cohortId().equals(before.cohortId()))) {
			problems.add("cohort '" + line.cohortId() + "' is closed and takes no new learners");
		}
		if (line.targetRole() != null && !this.roleTracks.contains(line.targetRole())) {
			problems.add("there is no role track '" + line.targetRole() + "'; known role tracks: "
					+ String.join(", ", this.roleTracks.ids()));
		}
		return problems.isEmpty() ? Optional.empty()
				: Optional.of(new LineError(line.line(), String.join("; ", problems)));
	}

	private ImportReport apply(Caller caller, String programId, List<EnrolmentLine> lines,
			Map<String, Enrolment> existing) {
		Instant now = this.clock.instant();
		List<StateChange<Enrolment>> changes = new ArrayList<>();
		List<String> enrolled = new ArrayList<>();
		List<String> moved = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<String> targetRoleSet = new ArrayList<>();
		for (EnrolmentLine line : lines) {
			Enrolment before = existing.get(line.username());
			Enrolment placed = placed(caller, programId, line, before, now);
			if (placed != before) {
				changes.add(new StateChange<>(before, placed));
				((placed.lastChange() == Change.MOVED) ? moved : enrolled).add(line.username());
			}
			String target = line.targetRole();
			boolean newTarget = target != null
					&& (!target.equals(placed.targetRole()) || placed.proposedTargetRole() != null);
			if (newTarget) {
				changes.add(new StateChange<>(placed, placed.withTargetRole(target, caller.id(), now)));
				targetRoleSet.add(line.username());
			}
			if (placed == before && !newTarget) {
				unchanged.add(line.username());
			}
		}
		this.writes.apply(Topics.ENROLMENTS, changes);
		return new ImportReport(enrolled, moved, unchanged, targetRoleSet);
	}

	private static Enrolment placed(Caller caller, String programId, EnrolmentLine line, Enrolment before,
			Instant now) {
		if (before == null) {
			return Enrolment.first(programId, line.username(), line.cohortId(), caller.id(), now);
		}
		return line.cohortId().equals(before.cohortId()) ? before : before.placedIn(line.cohortId(), caller.id(), now);
	}

}
