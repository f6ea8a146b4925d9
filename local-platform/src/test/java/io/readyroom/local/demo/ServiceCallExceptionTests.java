package io.readyroom.local.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCallExceptionTests {

	private static final String CALL = "session-service POST /api/sessions";

	@Test
	void aProblemResponseIsToldByItsTitleAndDetail() {
		String problem = """
				{"type":"about:blank","title":"Unknown role track","status":422,
				 "detail":"Role track 'x' has no questions."}""";

		assertThat(ServiceCallException.refused(CALL, 422, problem)).hasMessage(
				"session-service POST /api/sessions answered 422 Unknown role track: Role track 'x' has no questions.");
	}

	@Test
	void anyOtherAnswerIsQuotedShortened() {
		assertThat(ServiceCallException.refused(CALL, 502, "Bad gateway"))
			.hasMessage(CALL + " answered 502: Bad gateway");
		assertThat(ServiceCallException.refused(CALL, 500, "x".repeat(1000)).getMessage()).hasSizeLessThan(400)
			.endsWith(" ...");
		assertThat(ServiceCallException.refused(CALL, 401, "")).hasMessage(CALL + " answered 401");
	}

}
