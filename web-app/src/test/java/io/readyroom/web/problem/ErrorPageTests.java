package io.readyroom.web.problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.readyroom.web.WebAppTests;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet container's own errors, on a real server: a script or API client gets a
 * problem, a browser the HTML error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests extends WebAppTests {

	@LocalServerPort
	int port;

	@Test
	void aJsonClientAskingForSomethingThatIsNotThereGetsAProblem() throws Exception {
		HttpResponse<String> response = get("/css/not-there.css", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"type\":\"https://readyroom.io/problems/unknown-endpoint\"")
			.contains("\"detail\":\"Nothing is at /css/not-there.css.\"");
	}

	@Test
	void aBrowserAskingForSomethingThatIsNotThereGetsTheErrorPage() throws Exception {
		HttpResponse<String> response = get("/css/not-there.css", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
