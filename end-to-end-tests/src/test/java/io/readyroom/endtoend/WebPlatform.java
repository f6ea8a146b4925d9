package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.LocalPlatform;
import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;
import io.readyroom.local.demo.DemoPractice;
import io.readyroom.local.demo.DemoTargets;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.program.DemoMembership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform the browser tests use, as {@code ./readyroom --demo} starts it: every part
 * including the web app, on free ports, with the demo program's simulated learners'
 * practice already in the figures, so every page has something to show. Started once for
 * all browser tests; its data and logs stay under {@code target/} for a failed test.
 */
final class WebPlatform implements AutoCloseable {

	/** The demo director, who sees every cohort of the demo program. */
	private static final String DIRECTOR = "dana";

	private final LocalPlatform platform;

	private WebPlatform(LocalPlatform platform) {
		this.platform = platform;
	}

	static WebPlatform start() {
		LocalPlatform platform = LocalPlatform
			.start(LocalPlatformSettings.onFreePorts(dataDirectory(), BuiltProject.root()).inDemoMode());
		WebPlatform web = new WebPlatform(platform);
		try {
			web.loadDemoProgram();
		}
		catch (RuntimeException | Error ex) {
			platform.close();
			throw ex;
		}
		return web;
	}

	/**
	 * @return e.g. {@code http://127.0.0.1:43123}, where a person opens Readyroom
	 */
	URI frontDoor() {
		return this.platform.frontDoor();
	}

	URI service(ReadyroomService service, String path) {
		return this.platform.baseUrl(service).resolve(path);
	}

	String passwordOf(String username) {
		return DemoAccounts.find(this.platform.demoAccounts(), username)
			.orElseThrow(() -> new IllegalArgumentException(username + " is not a demo account"))
			.password();
	}

	/**
	 * @return a client calling the services with the user's own token, for what a test
	 * needs to know beside the page
	 */
	JsonHttp apiAs(String username) {
		return JsonHttp
			.withToken(new DemoSignIn(this.platform.issuerUri()).accessToken(username, passwordOf(username)));
	}

	@Override
	public void close() {
		this.platform.close();
	}

	private void loadDemoProgram() {
		new DemoMembership(this.platform.issuerUri(), this.platform.baseUrl(ReadyroomService.SESSION)).ensure();
		DemoPractice.run(new DemoTargets(this.platform.issuerUri(), this.platform.baseUrl(ReadyroomService.SESSION),
				this.platform.baseUrl(ReadyroomService.SCORING), this.platform.baseUrl(ReadyroomService.ANALYTICS)),
				System.out);
		JsonHttp director = apiAs(DIRECTOR);
		await("the demo program's practice scored and in both cohorts' figures").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				assertThat(learnersIn("cohort-a", director)).isGreaterThanOrEqualTo(4);
				assertThat(learnersIn("cohort-b", director)).isGreaterThanOrEqualTo(4);
				JsonResponse ana = director.get(service(ReadyroomService.ANALYTICS, "/api/learners/ana/profile"));
				assertThat(ana.status()).as("ana's profile: " + ana.body()).isEqualTo(200);
			});
	}

	private int learnersIn(String cohortId, JsonHttp director) {
		JsonResponse dashboard = director
			.get(service(ReadyroomService.ANALYTICS, "/api/cohorts/" + cohortId + "/dashboard"));
		return (dashboard.status() == 200) ? dashboard.body().path("learners").asInt() : 0;
	}

	private static Path dataDirectory() {
		try {
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "web-platform-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
