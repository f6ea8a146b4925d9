package io.readyroom.support.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import io.readyroom.support.security.EndpointRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error a service answers, whether a controller, Spring MVC, the security filters
 * or the servlet container refused the request, is an RFC 9457 problem in the services'
 * style: {@code application/problem+json} with a type, a title, the status and a detail
 * that says what is wrong. Runs on a real server, since the container's own errors never
 * reach a mock one.
 */
@SpringBootTest(classes = ApiProblemsTests.ProbeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=probe", "readyroom.security.issuer-uri=http://127.0.0.1:9",
				"spring.jackson.deserialization.fail-on-unknown-properties=true",
				"spring.autoconfigure.exclude=org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
						+ "io.readyroom.support.kafka.EventBackboneAutoConfiguration" })
class ApiProblemsTests {

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void anUnknownPathIsAProblem() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/nothing-here")), 404);

		assertThat(problem.path("type").asString()).endsWith("/unknown-endpoint");
		assertThat(problem.path("detail").asString()).isEqualTo("There is no endpoint GET /probe/nothing-here.");
	}

	@Test
	void aBrowserAskingForHtmlGetsTheProblemToo() throws Exception {
		problemOf(send(get("/probe/nothing-here").header("Accept", "text/html")), 404);
	}

	@Test
	void aWrongMethodIsAProblemNamingTheMethodsTaken() throws Exception {
		JsonNode problem = problemOf(send(request("/probe/items").DELETE()), 405);

		assertThat(problem.path("type").asString()).endsWith("/method-not-allowed");
		assertThat(problem.path("detail").asString()).contains("does not take DELETE", "GET", "POST");
	}

	@Test
	void anUnsupportedMediaTypeIsAProblemNamingTheTypeTaken() throws Exception {
		JsonNode problem = problemOf(send(request("/probe/items").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))), 415);

		assertThat(problem.path("type").asString()).endsWith("/unsupported-media-type");
		assertThat(problem.path("detail").asString()).contains("text/plain", "application/json");
	}

	@Test
	void malformedJsonIsAProblemSayingWhere() throws Exception {
		JsonNode problem = problemOf(send(postJson("/probe/items", "{\"name\": ")), 400);

		assertThat(problem.path("type").asString()).endsWith("/malformed-request");
		assertThat(problem.path("detail").asString()).startsWith("The request body is not valid JSON (line 1");
	}

	@Test
	void aBodyThatIsNotAnObjectIsAProblem() throws Exception {
		JsonNode problem = problemOf(send(postJson("/probe/items", "[\"name\"]")), 400);

		assertThat(problem.path("type").asString()).endsWith("/malformed-request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The request body must be a JSON object; this one is not.");
	}

	@Test
	void aMissingBodyIsAProblem() throws Exception {
		JsonNode problem = problemOf(send(postJson("/probe/items", "")), 400);

		assertThat(problem.path("type").asString()).endsWith("/malformed-request");
	}

	@Test
	void anUnknownFieldIsAProblemNamingIt() throws Exception {
		JsonNode problem = problemOf(send(postJson("/probe/items", "{\"name\": \"a\", \"nmae\": \"b\"}")), 400);

		assertThat(problem.path("type").asString()).endsWith("/unknown-field");
		assertThat(problem.path("detail").asString()).contains("\"nmae\"", "name");
	}

	@Test
	void anInvalidFieldIsAProblemNamingIt() throws Exception {
		JsonNode problem = problemOf(send(postJson("/probe/items", "{\"name\": \" \"}")), 400);

		assertThat(problem.path("type").asString()).endsWith("/invalid-request");
		assertThat(problem.path("detail").asString()).contains("name");
	}

	@Test
	void aMissingParameterIsAProblemNamingIt() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/items")), 400);

		assertThat(problem.path("type").asString()).endsWith("/missing-parameter");
		assertThat(problem.path("detail").asString()).contains("'limit'");
	}

	@Test
	void aMistypedParameterIsAProblemSayingWhatItMustBe() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/items?limit=ten")), 400);

		assertThat(problem.path("type").asString()).endsWith("/invalid-parameter");
		assertThat(problem.path("detail").asString())
			.isEqualTo("'ten' is not a valid 'limit': it must be a whole number.");
	}

	@Test
	void aParameterOutOfRangeIsAProblemSayingWhy() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/items?limit=1000")), 400);

		assertThat(problem.path("type").asString()).endsWith("/invalid-parameter");
		assertThat(problem.path("detail").asString()).contains("limit", "100");
	}

	@Test
	void aPathTheFirewallRefusesIsAProblem() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/items;jsessionid=x?limit=1")), 400);

		assertThat(problem.path("type").asString()).endsWith("/bad-request");
		assertThat(problem.path("detail").asString()).contains("rejected");
	}

	@Test
	void aFailureInAFilterBeforeTheDispatcherIsAProblemThatTellsNoSecrets() throws Exception {
		JsonNode problem = problemOf(send(get("/probe/failing-filter")), 500);

		assertThat(problem.path("type").asString()).endsWith("/internal-server-error");
		assertThat(problem.path("detail").asString()).contains("failure is logged").doesNotContain("secret");
	}

	@Test
	void aRequestTheSecurityFiltersRefuseIsAProblem() throws Exception {
		JsonNode problem = problemOf(send(get("/not-open")), 401);

		assertThat(problem.path("type").asString()).endsWith("/unauthenticated");
	}

	private JsonNode problemOf(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).as(response.body()).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("type").asString()).startsWith("https://readyroom.io/problems/");
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder postJson(String path, String body) {
		return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ProbeApplication {

		@Bean
		EndpointRules probesAreOpen() {
			return (requests) -> requests.requestMatchers("/probe/**").permitAll();
		}

		@Bean
		ProbeController probeController() {
			return new ProbeController();
		}

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
							if (request.getRequestURI().equals("/probe/failing-filter")) {
								throw new IllegalStateException("a secret the client must not see");
							}
							chain.doFilter(request, response);
						}

					});
			registration.addUrlPatterns("/probe/*");
			return registration;
		}

	}

	@RestController
	static class ProbeController {

		@GetMapping("/probe/items")
		String items(@RequestParam @Max(100) int limit) {
			return "[]";
		}

		@PostMapping("/probe/items")
		String add(@RequestBody @jakarta.validation.Valid Item item) {
			return item.name();
		}

	}

	record Item(@NotBlank String name) {

	}

}
