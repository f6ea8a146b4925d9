package io.readyroom.endtoend;

import java.time.Duration;
import java.util.List;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Coaches review answers in a real browser: from the review queue to one answer's review
 * screen, the learner then sees the reviewed score beside the machine's with the note,
 * and the review counts in the learner's profile and their row of the cohort's dashboard.
 */
@ExtendWith(BrowserTestPlatform.class)
class AnswerReviewIT {

	private static final String COACH = "carla";

	private static final String COHORT = "cohort-a";

	private static final String NOTE = "Say which standard you follow, and why.";

	@Test
	void aCoachReviewsAnAnswerFromTheQueueAndItsLearnerSeesBothScoresAndTheNote(WebPlatform platform) {
		StaffReviews reviews = new StaffReviews(platform, COACH);
		String answerId;
		String learnerId;
		String changedKeyPoint;
		int machineScore;
		int reviewedScore;
		try (Browser carla = new Browser(platform)) {
			carla.signIn(COACH, platform.passwordOf(COACH));
			carla.click(By.xpath("//nav//a[normalize-space()='Review']"));
			carla.waitUntilLoaded();
			assertThat(carla.path()).isEqualTo("/review");
			WebElement first = carla.waitFor(By.cssSelector("ol.review-queue > li"));
			assertThat(first.findElements(By.cssSelector("ul.reasons > li"))).as("why the answer is worth a look")
				.isNotEmpty();
			answerId = first.getDomAttribute("data-answer-id");
			carla.screenshot("review-queue");

			first.findElement(By.cssSelector(".actions a")).click();
			carla.waitUntilLoaded();
			assertThat(carla.path()).isEqualTo("/review/" + answerId);
			JsonNode feedback = reviews.feedback(answerId);
			learnerId = feedback.path("learnerId").asString();
			machineScore = feedback.path("score").asInt();
			JsonNode keyPoint = feedback.path("criteria").get(0);
			// the page lists it before its new verdict, without its full stop
			changedKeyPoint = keyPoint.path("description").asString().replaceAll("[.\\s]+$", "");
			assertThat(checkedVerdict(carla, 1)).as("the machine's verdict preselected")
				.isEqualTo(keyPoint.path("verdict").asString());
			WebElement score = carla.waitFor(By.id("score"));
			assertThat(score.getDomProperty("value")).as("the machine's score preselected")
				.isEqualTo(String.valueOf(machineScore));
			boolean evidence = feedback.path("criteria")
				.valueStream()
				.anyMatch((criterion) -> criterion.path("evidenceStart").asInt(-1) >= 0);
			assertThat(!carla.all(By.cssSelector("#answer-text mark.evidence")).isEmpty())
				.as("the machine's evidence highlighted, where it found some")
				.isEqualTo(evidence);

			String verdict = "MET".equals(keyPoint.path("verdict").asString()) ? "MISSED" : "MET";
			carla.click(By.cssSelector("input[name='verdict-1'][value='" + verdict + "']"));
			reviewedScore = (machineScore >= 50) ? machineScore - 30 : machineScore + 30;
			score.clear();
			score.sendKeys(String.valueOf(reviewedScore));
			carla.waitFor(By.id("note")).sendKeys(NOTE);
			carla.screenshot("review");
			carla.click(By.xpath("//button[normalize-space()='Save review']"));

			carla.waitFor(By.xpath("//*[@id='review-status']//p[normalize-space()='Saved']"));
			WebElement next = carla.waitFor(By.xpath("//a[normalize-space()='Next answer in the queue']"));
			assertThat(next.getDomAttribute("href")).as("another answer").doesNotContain(answerId);
			assertThat(carla.accessibilityViolations()).as("WCAG 2 A/AA violations on the saved review").isEmpty();

			JsonResponse kept = reviews.review(answerId);
			assertThat(kept.status()).as(kept.body().toString()).isEqualTo(200);
			assertThat(kept.body().path("score").asInt()).isEqualTo(reviewedScore);
			assertThat(kept.body().path("machineScore").asInt()).isEqualTo(machineScore);
			assertThat(kept.body().path("note").asString()).isEqualTo(NOTE);
			assertThat(kept.body().path("criteria").get(0).path("verdict").asString()).isEqualTo(verdict);
		}

		try (Browser learner = new Browser(platform)) {
			learner.signIn(learnerId, platform.passwordOf(learnerId));
			learner.open("/answers/" + answerId);
			learner.waitUntilLoaded();
			assertThat(learner.waitFor(By.id("reviewed-score")).getText()).matches(reviewedScore + "\\s*/ 100");
			assertThat(learner.waitFor(By.id("machine-score")).getText()).matches(machineScore + "\\s*/ 100");
			assertThat(learner.waitFor(By.id("review-note")).getText()).isEqualTo(NOTE);
			assertThat(learner.waitFor(By.id("changed-verdicts")).getText()).contains(changedKeyPoint);
			assertThat(learner.accessibilityViolations()).as("WCAG 2 A/AA violations on the reviewed feedback")
				.isEmpty();
			learner.screenshot("reviewed-feedback");
		}
	}

	@Test
	void aReviewCountsInTheLearnersProfileAndTheirRowOfTheCohortDashboard(WebPlatform platform) {
		StaffReviews reviews = new StaffReviews(platform, COACH);
		JsonHttp coach = platform.apiAs(COACH);
		JsonNode answer = reviews.queue(COHORT, 1).get(0);
		String learnerId = answer.path("learnerId").asString();
		int machineScore = answer.path("score").asInt();
		int reviewedScore = StaffReviews.farFrom(machineScore);
		SettledLearner.settle(platform, learnerId, coach);
		JsonNode profile = read(coach, platform, "/api/learners/" + learnerId + "/profile");
		JsonNode row = matrixRow(coach, platform, learnerId);
		int answers = profile.path("answerCount").asInt();
		double shift = reviewedScore - machineScore;

		reviews.grade(answer.path("answerId").asString(), reviewedScore);

		await("the reviewed score in " + learnerId + "'s profile").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode now = read(coach, platform, "/api/learners/" + learnerId + "/profile");
			assertThat(now.path("answerCount").asInt()).as("the same answers, counted once").isEqualTo(answers);
			assertThat(now.path("meanScore").asDouble())
				.isCloseTo(profile.path("meanScore").asDouble() + shift / answers, within(0.11));
		});
		await("the reviewed score in " + learnerId + "'s row of the " + COHORT + " dashboard")
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> {
				JsonNode now = matrixRow(coach, platform, learnerId);
				assertThat(now.path("answerCount").asInt()).as("the same answers, counted once").isEqualTo(answers);
				List<Double> moves = row.path("mastery")
					.propertyStream()
					.map((mastery) -> Math.signum(shift)
							* (now.path("mastery").path(mastery.getKey()).asDouble() - mastery.getValue().asDouble()))
					.toList();
				assertThat(moves).as("mastery moves the review's way, in the reviewed question's competencies")
					.anyMatch((move) -> move > 0)
					.allMatch((move) -> move >= 0);
			});
	}

	private static String checkedVerdict(Browser browser, int keyPoint) {
		return browser.waitFor(By.cssSelector("input[name='verdict-" + keyPoint + "']:checked"))
			.getDomProperty("value");
	}

	private static JsonNode matrixRow(JsonHttp staff, WebPlatform platform, String learnerId) {
		JsonNode matrix = read(staff, platform, "/api/cohorts/" + COHORT + "/matrix?page=0&size=500");
		return matrix.path("rows")
			.valueStream()
			.filter((row) -> row.path("learnerId").asString().equals(learnerId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(learnerId + " is not in the matrix of " + COHORT));
	}

	private static JsonNode read(JsonHttp staff, WebPlatform platform, String path) {
		JsonResponse response = staff.get(platform.service(ReadyroomService.ANALYTICS, path));
		assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

}
