package io.readyroom.analytics.cohort;

import java.util.List;
import java.util.Map;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.Readiness;
import io.readyroom.analytics.readiness.ReadinessRules;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CohortController {

	private final CohortDashboards dashboards;

	private final CohortAccess access;

	private final ReadinessRules rules;

	private final MongoTemplate mongo;

	private final QuestionBank bank;

	private final AccessLog accessLog;

	CohortController(CohortDashboards dashboards, CohortAccess access, ReadinessRules rules, MongoTemplate mongo,
			QuestionBank bank, AccessLog accessLog) {
		this.dashboards = dashboards;
		this.access = access;
		this.rules = rules;
		this.mongo = mongo;
		this.bank = bank;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/cohorts/{cohortId}/dashboard")
	CohortDashboard dashboard(@PathVariable String cohortId, Caller caller) {
		this.access.requireReadable(caller, cohortId);
		return this.dashboards.find(cohortId).orElseThrow(() -> AnalyticsProblems.noCohort(cohortId));
	}

	@GetMapping("/api/cohorts/{cohortId}/matrix")
	MatrixPage matrix(@PathVariable String cohortId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Caller caller) {
		String programId = this.access.requireReadable(caller, cohortId).orElse(null);
		if (page < 0 || size < 1 || size > 1000) {
			throw AnalyticsProblems.invalid("page must be 0 or more and size from 1 to 1000.");
		}
		long learners = this.mongo.count(CohortDashboards.ofCohort(cohortId), LearnerProfile.class);
		if (learners == 0) {
			throw AnalyticsProblems.noCohort(cohortId);
		}
		this.accessLog.record(caller, DataRead.ofCohort("cohort-matrix", programId, cohortId));
		Map<String, List<Requirement>> inForce = this.rules.inForce(programId);
		BankTexts texts = this.bank.competencyTexts();
		List<MatrixRow> rows = this.mongo
			.find(CohortDashboards.ofCohort(cohortId).with(Sort.by("_id")).skip((long) page * size).limit(size),
					LearnerProfile.class)
			.stream()
			.map((profile) -> MatrixRow.of(profile, Readiness.of(profile, inForce), texts))
			.toList();
		return new MatrixPage(cohortId, page, size, learners, rows);
	}

	@GetMapping("/api/programs/{programId}/cohorts/comparison")
	CohortComparison comparison(@PathVariable String programId, Caller caller) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "compares its cohorts");
		}
		return new CohortComparison(programId,
				this.dashboards.ofProgram(programId).stream().map(CohortComparison.CohortSummary::of).toList());
	}

}
