package io.readyroom.session;

import java.time.Duration;
import java.time.Instant;

import io.readyroom.support.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Assigns practice and reads assignments through the API, as staff and learners do. */
final class AssignmentApi {

	private final SessionApi api;

	AssignmentApi(SessionApi api) {
		this.api = api;
	}

	/** A targeted drill on HIPAA's privacy rule for a whole cohort, due in three days. */
	static String drill(String title) {
		return "{\"title\":\"" + title + "\",\"mode\":\"targeted\",\"roleTrack\":\"" + SessionApi.ROLE_TRACK
				+ "\",\"competencyIds\":[\"hipaa-privacy-rule\"],\"questionCount\":2,\"dueAt\":\"" + inDays(3) + "\"}";
	}

	static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days));
	}

	MvcTestResult assign(Caller caller, String cohortId, String json) {
		return this.api.post(caller, json, "/api/cohorts/{cohortId}/assignments" + programOf(caller), cohortId);
	}

	/** Assigns and returns the new assignment's id. */
	String assigned(Caller caller, String cohortId, String json) {
		MvcTestResult result = assign(caller, cohortId, json);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result, "$.assignmentId");
	}

	MvcTestResult ofCohort(Caller caller, String cohortId) {
		return this.api.get(caller, "/api/cohorts/{cohortId}/assignments" + programOf(caller), cohortId);
	}

	MvcTestResult mine(Caller learner) {
		return this.api.get(learner, "/api/assignments/mine");
	}

	MvcTestResult change(Caller caller, String assignmentId, String json) {
		return this.api.patch(caller, json, "/api/assignments/{id}", assignmentId);
	}

	MvcTestResult withdraw(Caller caller, String assignmentId) {
		return this.api.delete(caller, "/api/assignments/{id}", assignmentId);
	}

	MvcTestResult startFrom(Caller learner, String assignmentId) {
		return this.api.start(learner, "{\"assignmentId\":\"" + assignmentId + "\"}");
	}

	/** An admin's token names no program: the admin names the cohort's. */
	private static String programOf(Caller caller) {
		return (caller.programId() == null) ? "?programId=program-a" : "";
	}

}
