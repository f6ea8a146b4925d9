package io.readyroom.analytics.export;

import java.io.OutputStream;
import java.time.LocalDate;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.cohort.CohortAccess;
import io.readyroom.analytics.xapi.StatementFile;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/cohorts/{id}/exports/{dataset}} and {@code GET
 * /api/programs/{id}/exports/{dataset}}, dataset {@code matrix}, {@code questions},
 * {@code summary}, {@code agreement} or {@code xapi} (the xAPI statements of the scope's
 * scored answers and completed sessions, JSON only), and for a program also
 * {@code access-log} (who read which learner's data); {@code format=csv} (the default but
 * for {@code xapi}) or {@code json}; optional {@code from} and {@code to} days (ISO
 * dates, inclusive, UTC) restrict every figure of the export to what happened in that
 * range: answers submitted, sessions started and sessions completed. A cohort's export is
 * for the staff who read its dashboard, a program's for its director and admins.
 */
@RestController
class ExportController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final String ACCESS_LOG = "access-log";

	private static final String XAPI = "xapi";

	private final Exports exports;

	private final CohortAccess cohorts;

	private final AccessLog accessLog;

	private final StatementFile statementFile;

	ExportController(Exports exports, CohortAccess cohorts, AccessLog accessLog, StatementFile statementFile) {
		this.exports = exports;
		this.cohorts = cohorts;
		this.accessLog = accessLog;
		this.statementFile = statementFile;
	}

	@GetMapping("/api/cohorts/{cohortId}/exports/{dataset}")
	ResponseEntity<StreamingResponseBody> cohort(@PathVariable String cohortId, @PathVariable String dataset,
			@RequestParam(required = false) String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Caller caller) {
		String programId = this.cohorts.requireReadable(caller, cohortId).orElse(null);
		if (dataset.equals(ACCESS_LOG)) {
			throw AnalyticsProblems.invalid("The access log is exported per program, not per cohort: use "
					+ "/api/programs/{programId}/exports/access-log.");
		}
		return export(new ExportScope("cohortId", cohortId, from, to), dataset, format,
				DataRead.ofCohort("export-" + dataset, programId, cohortId), caller);
	}

	@GetMapping("/api/programs/{programId}/exports/{dataset}")
	ResponseEntity<StreamingResponseBody> program(@PathVariable String programId, @PathVariable String dataset,
			@RequestParam(required = false) String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Caller caller) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "exports its figures");
		}
		return export(new ExportScope("programId", programId, from, to), dataset, format,
				DataRead.ofProgram("export-" + dataset, programId), caller);
	}

	private ResponseEntity<StreamingResponseBody> export(ExportScope scope, String dataset, String requestedFormat,
			DataRead read, Caller caller) {
		String format = (requestedFormat != null) ? requestedFormat : dataset.equals(XAPI) ? "json" : "csv";
		if (!format.equals("csv") && !format.equals("json")) {
			throw AnalyticsProblems.invalid("format must be csv or json but was '" + format + "'.");
		}
		if (dataset.equals(XAPI) && !format.equals("json")) {
			throw AnalyticsProblems.invalid("xAPI statements are exported as JSON only: use format=json.");
		}
		if (scope.from() != null && scope.to() != null && scope.to().isBefore(scope.from())) {
			throw AnalyticsProblems.invalid("to must not be before from.");
		}
		boolean csv = format.equals("csv");
		StreamingResponseBody body = switch (dataset) {
			case "matrix" -> (OutputStream out) -> this.exports.matrix(scope, csv, out);
			case "questions" -> (OutputStream out) -> this.exports.questions(scope, csv, out);
			case "summary" -> (OutputStream out) -> this.exports.summary(scope, csv, out);
			case "agreement" -> (OutputStream out) -> this.exports.agreement(scope, csv, out);
			case ACCESS_LOG -> (OutputStream out) -> this.exports.accessLog(scope, csv, out);
			case XAPI -> (OutputStream out) -> this.statementFile.write(scope.answers(), scope.sessions(), out);
			default -> throw AnalyticsProblems.invalid("dataset must be matrix, questions, summary, agreement, "
					+ "access-log or xapi but was '" + dataset + "'.");
		};
		this.accessLog.record(caller, read);
		String filename = dataset + "_" + scope.name() + "." + format;
		return ResponseEntity.ok()
			.contentType(csv ? CSV : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
