package io.readyroom.endtoend;

import java.util.List;
import java.util.Map;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, and the identity server's login page, passes axe-core's WCAG 2 A and
 * AA rules in a real browser, once its script has drawn its content and charts.
 */
@ExtendWith(BrowserTestPlatform.class)
class AccessibilityIT {

	private final SoftAssertions softly = new SoftAssertions();

	@Test
	void theFrontDoorTheLoginPageAndSigningOutPass(WebPlatform platform) {
		try (Browser someone = new Browser(platform)) {
			someone.open("/");
			someone.waitFor(By.id("welcome-heading"));
			check(someone, "welcome page");

			someone.click(By.id("start"));
			someone.waitFor(By.id("username"));
			someone.screenshot("sign-in");
			someone.click(By.xpath("//summary[normalize-space()='Show the demo accounts']"));
			check(someone, "login page");
			someone.submitLogin("ana", "not-her-password");
			someone.waitFor(By.id("sign-in-error"));
			check(someone, "login page with a wrong password");

			someone.submitLogin("ana", platform.passwordOf("ana"));
			someone.waitUntil((driver) -> someone.path().equals("/practice"));
			someone.signOut();
			check(someone, "signed-out page");
		}
		this.softly.assertAll();
	}

	@Test
	void aLearnersPagesPass(WebPlatform platform) {
		JsonHttp api = platform.apiAs("ana");
		try (Browser ana = new Browser(platform)) {
			ana.signIn("ana", platform.passwordOf("ana"));
			checkLoaded(ana, "/practice", "practice page");
			checkLoaded(ana, "/practice/sessions/" + startedSession(platform, api), "question in a session");
			checkLoaded(ana, "/answers/" + lastScoredAnswer(platform, api), "feedback on an answer");
			checkLoaded(ana, "/report", "weak-area report");

			ana.open("/cohorts");
			ana.waitFor(By.tagName("h1"));
			check(ana, "page for another role");
		}
		this.softly.assertAll();
	}

	@Test
	void aCoachsPagesPass(WebPlatform platform) {
		try (Browser carla = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));
			checkLoaded(carla, "/cohorts", "cohorts");
			checkLoaded(carla, "/cohorts/cohort-a", "cohort dashboard");
			checkLoaded(carla, "/learners/ana", "a learner's report for staff");
			checkLoaded(carla, "/exports", "exports");
			checkLoaded(carla, "/cohorts/cohort-b", "another coach's cohort, refused");
			checkLoaded(carla, "/review", "review queue");
			checkLoaded(carla, "/review/" + queuedAnswer(platform), "review screen");
			checkLoaded(carla, "/agreement", "scorer and reviewer agreement");
		}
		this.softly.assertAll();
	}

	@Test
	void aDirectorsPagesPass(WebPlatform platform) {
		try (Browser dana = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));
			checkLoaded(dana, "/cohorts", "cohort comparison");
			checkLoaded(dana, "/program/questions", "question bank");
			checkLoaded(dana, "/program/readiness", "readiness rules");
			checkLoaded(dana, "/agreement", "scorer and reviewer agreement with calibration");
			checkLoaded(dana, "/program/access-log", "access log");
			checkLoaded(dana, "/program/lrs", "learning record store");
			checkLoaded(dana, "/program/learner-data", "learner data");
		}
		this.softly.assertAll();
	}

	@Test
	void signingInNeedsOnlyAKeyboard(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.open("/sign-in");
			ana.waitFor(By.id("username"));

			new Actions(ana.driver()).sendKeys("ana")
				.sendKeys(Keys.TAB)
				.sendKeys(platform.passwordOf("ana"))
				.sendKeys(Keys.ENTER)
				.perform();

			ana.waitUntil((driver) -> ana.path().equals("/practice"));
		}
	}

	/**
	 * Keeps the other tests honest: a page that breaks a rule is reported.
	 */
	@Test
	void aPageThatBreaksARuleIsReported(WebPlatform platform) {
		try (Browser someone = new Browser(platform)) {
			someone.driver()
				.get("data:text/html,<html lang='en'><title>Broken</title><main><input type='text'></main></html>");

			assertThat(someone.accessibilityViolations())
				.anySatisfy((violation) -> assertThat(violation).startsWith("label ("));
		}
	}

	private void checkLoaded(Browser browser, String path, String page) {
		browser.open(path);
		browser.waitUntilLoaded();
		check(browser, page + " (" + path + ")");
	}

	private void check(Browser browser, String page) {
		List<String> violations = browser.accessibilityViolations();
		this.softly.assertThat(violations).as("WCAG 2 A/AA violations on the " + page).isEmpty();
	}

	private static String startedSession(WebPlatform platform, JsonHttp learner) {
		JsonResponse session = learner.post(platform.service(ReadyroomService.SESSION, "/api/sessions"),
				Map.of("roleTrack", "health-information-technician", "questionCount", 3));
		assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
		return session.text("sessionId");
	}

	private static String queuedAnswer(WebPlatform platform) {
		return new StaffReviews(platform, "carla").queue("cohort-a", 1).get(0).path("answerId").asString();
	}

	private static String lastScoredAnswer(WebPlatform platform, JsonHttp learner) {
		JsonResponse answers = learner
			.get(platform.service(ReadyroomService.SCORING, "/api/scoring/learners/ana/answers?limit=1"));
		assertThat(answers.body().size()).as(answers.body().toString()).isEqualTo(1);
		return answers.body().get(0).path("answerId").asString();
	}

}
