package io.readyroom.web.relay;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.function.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A chunked body has no length to judge it by: it is read up to the limit. */
class RequestSizeLimitTests {

	@Test
	void refusesAChunkedBodyOverTheLimit() {
		ServerRequest request = chunked(new byte[1001]);

		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> RequestSizeLimit.of(1000).apply(request))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(413));
	}

	@Test
	void relaysAChunkedBodyAtTheLimitFromMemory() throws Exception {
		byte[] body = "y".repeat(1000).getBytes();

		ServerRequest relayed = BeforeFilterFunctions.adaptCachedBody()
			.apply(RequestSizeLimit.of(1000).apply(chunked(body)));

		assertThat(relayed.servletRequest().getInputStream().readAllBytes()).isEqualTo(body);
	}

	private static ServerRequest chunked(byte[] body) {
		MockHttpServletRequest servlet = new MockHttpServletRequest("POST", "/api/session/questions") {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		servlet.addHeader("Transfer-Encoding", "chunked");
		servlet.setContent(body);
		return ServerRequest.create(servlet, List.of());
	}

}
