package io.readyroom.session;

import java.util.Set;
import java.util.UUID;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the program administration API, and sets up fresh programs to call it on: each
 * test its own, so tests neither see nor disturb each other's cohorts and learners.
 */
final class ProgramApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final MockMvcTester mvc;

	private final TestTokens tokens;

	ProgramApi(MockMvcTester mvc, TestTokens tokens) {
		this.mvc = mvc;
		this.tokens = tokens;
	}

	MvcTestResult call(Caller caller, HttpMethod method, String uri, String json) {
		return send(caller, method, uri, MediaType.APPLICATION_JSON, json);
	}

	MvcTestResult get(Caller caller, String uri) {
		return send(caller, HttpMethod.GET, uri, MediaType.APPLICATION_JSON, "");
	}

	MvcTestResult importCsv(Caller caller, String programId, String csv) {
		return send(caller, HttpMethod.POST, "/api/programs/" + programId + "/enrolments/import", CSV, csv);
	}

	private MvcTestResult send(Caller caller, HttpMethod method, String uri, MediaType type, String body) {
		MockMvcRequestBuilder request = this.mvc.method(method)
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller));
		if (!body.isEmpty()) {
			request.contentType(type).content(body);
		}
		return request.exchange();
	}

	/**
	 * A new program with cohort A (coached by its coach) and cohort B, learner Amy in A
	 * and Bob in B, set up through the API by its director.
	 */
	Program freshProgram() {
		Program program = Program.named("program-" + UUID.randomUUID().toString().substring(0, 8));
		expect(call(program.director(), HttpMethod.POST, program.path("/cohorts"),
				"{\"name\":\"Cohort A\",\"cohortId\":\"cohort-a\",\"coachIds\":[\"coach\"]}"), HttpStatus.CREATED);
		expect(call(program.director(), HttpMethod.POST, program.path("/cohorts"),
				"{\"name\":\"Cohort B\",\"cohortId\":\"cohort-b\"}"), HttpStatus.CREATED);
		enrol(program, "amy", "cohort-a");
		enrol(program, "bob", "cohort-b");
		return program;
	}

	void enrol(Program program, String learnerId, String cohortId) {
		expect(call(program.director(), HttpMethod.PUT, program.path("/enrolments/" + learnerId),
				"{\"cohortId\":\"" + cohortId + "\"}"), HttpStatus.OK);
	}

	private static void expect(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status);
	}

	/** A program of the tests and the people in it. */
	record Program(String id) {

		static Program named(String id) {
			return new Program(id);
		}

		String path(String rest) {
			return "/api/programs/" + this.id + rest;
		}

		Caller director() {
			return TestCallers.director("dana", this.id);
		}

		Caller coach() {
			return TestCallers.coach("coach", this.id, "cohort-a");
		}

		/** A learner whose token names no cohort: only the program's data places them. */
		Caller learner(String learnerId) {
			return new Caller(learnerId, Role.LEARNER, this.id, Set.of());
		}

	}

}
