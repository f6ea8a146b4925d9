package io.readyroom.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.readyroom.analytics.accesslog.AccessLogEntries;
import io.readyroom.analytics.agreement.AgreementReports;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.cohort.CohortDashboard;
import io.readyroom.analytics.cohort.CohortDashboard.CompetencyDistribution;
import io.readyroom.analytics.cohort.CohortDashboard.QuestionStatistics;
import io.readyroom.analytics.cohort.CohortFigures;
import io.readyroom.analytics.cohort.MatrixRow;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.LearnerReadiness;
import io.readyroom.analytics.readiness.Readiness;
import io.readyroom.analytics.readiness.ReadinessRules;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.CompetencyModel.Competency;
import io.readyroom.bank.CompetencyModel.Requirement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/** Writes the exports of a scope to a stream. */
@Service
class Exports {

	private final LearnerStream learners;

	private final ReadinessRules rules;

	private final QuestionBank bank;

	private final CompetencyModel model;

	private final AgreementReports agreements;

	private final AccessLogEntries accessLog;

	private final JsonMapper json;

	Exports(LearnerStream learners, ReadinessRules rules, QuestionBank bank, CompetencyModel model,
			AgreementReports agreements, AccessLogEntries accessLog, JsonMapper json) {
		this.learners = learners;
		this.rules = rules;
		this.bank = bank;
		this.model = model;
		this.agreements = agreements;
		this.accessLog = accessLog;
		this.json = json;
	}

	/**
	 * One row per learner; in CSV a mastery and an answers column per competency of the
	 * model, headed by its name with the id in brackets (a director reads the name, a
	 * script matches the id), and the blocking competencies by id and by name (JSON rows
	 * also carry a program's own competencies).
	 */
	void matrix(ExportScope scope, boolean csv, OutputStream out) throws IOException {
		List<String> competencies = this.model.competencies().stream().map(Competency::id).toList();
		BankTexts texts = this.bank.competencyTexts();
		try (ExportWriter writer = csv ? ExportWriter.csv(out, matrixHeader(this.model.competencies()))
				: ExportWriter.json(out, this.json)) {
			Map<String, Map<String, List<Requirement>>> rulesByProgram = new HashMap<>();
			this.learners.forEach(scope, (profile) -> {
				MatrixRow row = MatrixRow.of(profile, readiness(profile, rulesByProgram), texts);
				if (writer.isCsv()) {
					writer.csvRow(matrixRow(row, competencies));
				}
				else {
					writer.jsonRecord(row);
				}
			});
		}
	}

	void questions(ExportScope scope, boolean csv, OutputStream out) throws IOException {
		CohortDashboard figures = figures(scope);
		try (ExportWriter writer = csv
				? ExportWriter.csv(out,
						List.of("questionId", "questionText", "attempts", "learners", "meanScore", "discrimination"))
				: ExportWriter.json(out, this.json)) {
			for (QuestionStatistics question : figures.questions()) {
				if (writer.isCsv()) {
					writer.csvRow(java.util.Arrays.asList(question.questionId(), question.questionText(),
							question.attempts(), question.learners(), question.meanScore(), question.discrimination()));
				}
				else {
					writer.jsonRecord(question);
				}
			}
		}
	}

	/**
	 * The scope's figures; in CSV one row per competency with the scope's totals repeated
	 * (one row with the totals alone when nothing was answered), in JSON the whole
	 * dashboard document.
	 */
	void summary(ExportScope scope, boolean csv, OutputStream out) throws IOException {
		CohortDashboard figures = figures(scope);
		try (ExportWriter writer = csv
				? ExportWriter.csv(out,
						List.of("scope", "learners", "learnersWithTarget", "readyLearners", "readinessRate", "answers",
								"meanScore", "sessionsStarted", "sessionsCompleted", "competency", "competencyName",
								"competencyLearners", "mean", "min", "q1", "median", "q3", "max"))
				: ExportWriter.json(out, this.json)) {
			if (!writer.isCsv()) {
				writer.jsonRecord(figures);
				return;
			}
			List<Object> totals = List.of(scope.name(), figures.learners(), figures.learnersWithTarget(),
					figures.readyLearners(), figures.readinessRate(), figures.answers(), figures.meanScore(),
					figures.sessionsStarted(), figures.sessionsCompleted());
			if (figures.competencies().isEmpty()) {
				writer.csvRow(totals);
			}
			for (CompetencyDistribution competency : figures.competencies()) {
				List<Object> row = new ArrayList<>(totals);
				row.addAll(List.of(competency.competency(), competency.competencyName(), competency.learners(),
						competency.mean(), competency.min(), competency.q1(), competency.median(), competency.q3(),
						competency.max()));
				writer.csvRow(row);
			}
		}
	}

	/**
	 * The machine's against the reviewed scores of the scope's reviewed answers: a row
	 * for all of them, then one per question, the largest mean absolute difference first.
	 */
	void agreement(ExportScope scope, boolean csv, OutputStream out) throws IOException {
		List<AgreementRow> rows = AgreementRow.of(this.agreements.of(scope.kind(), scope.id(), scope.answers()));
		try (ExportWriter writer = csv ? ExportWriter.csv(out, AgreementRow.HEADER)
				: ExportWriter.json(out, this.json)) {
			for (AgreementRow row : rows) {
				if (writer.isCsv()) {
					writer.csvRow(row.fields());
				}
				else {
					writer.jsonRecord(row);
				}
			}
		}
	}

	/**
	 * The program's access log, newest first: who read which learner's data, and when.
	 */
	void accessLog(ExportScope scope, boolean csv, OutputStream out) throws IOException {
		try (ExportWriter writer = csv ? ExportWriter.csv(out,
				List.of("occurredAt", "readerId", "readerRole", "client", "what", "programId", "cohortId", "learnerId"))
				: ExportWriter.json(out, this.json)) {
			this.accessLog.forEach(scope.happened("occurredAt"), (entry) -> {
				if (writer.isCsv()) {
					writer.csvRow(java.util.Arrays.asList(entry.occurredAt(), entry.readerId(), entry.readerRole(),
							entry.client(), entry.what(), entry.programId(), entry.cohortId(), entry.learnerId()));
				}
				else {
					writer.jsonRecord(entry);
				}
			});
		}
	}

	private CohortDashboard figures(ExportScope scope) {
		CohortFigures figures = new CohortFigures();
		Map<String, Map<String, List<Requirement>>> rulesByProgram = new HashMap<>();
		this.learners.forEach(scope, (profile) -> figures.add(profile, readiness(profile, rulesByProgram)));
		return figures.dashboard(scope.name(), null, this.bank.texts(), null);
	}

	private LearnerReadiness readiness(LearnerProfile profile, Map<String, Map<String, List<Requirement>>> cache) {
		Map<String, List<Requirement>> inForce = cache.computeIfAbsent(String.valueOf(profile.programId()),
				(key) -> this.rules.inForce(profile.programId()));
		return Readiness.of(profile, inForce);
	}

	private static List<String> matrixHeader(List<Competency> competencies) {
		List<String> header = new ArrayList<>(List.of("learnerId", "cohortId", "roleTrack", "ready", "blocking",
				"blockingNames", "answerCount", "sessionsStarted", "sessionsCompleted"));
		competencies.forEach((competency) -> {
			String named = competency.name() + " (" + competency.id() + ")";
			header.add(named + " mastery");
			header.add(named + " answers");
		});
		return header;
	}

	private static List<Object> matrixRow(MatrixRow row, List<String> competencies) {
		// a removed learner has no cohort, a learner before staff set one no target role:
		// both are empty cells, not the text "null"
		List<Object> fields = new ArrayList<>(
				List.of(row.learnerId(), Objects.toString(row.cohortId(), ""), Objects.toString(row.roleTrack(), ""),
						row.ready(), String.join(";", row.blocking()), String.join(";", row.blockingNames()),
						row.answerCount(), row.sessionsStarted(), row.sessionsCompleted()));
		competencies.forEach((competency) -> {
			fields.add(row.mastery().get(competency));
			fields.add(row.answers().get(competency));
		});
		return fields;
	}

}
