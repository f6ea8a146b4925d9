package io.readyroom.endtoend;

import java.time.Duration;
import java.util.List;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A director in a real browser reads where the scorer and the reviewers disagree, and
 * once a question has enough reviewed answers to calibrate its scores, re-scores its
 * unreviewed answers.
 */
@ExtendWith(BrowserTestPlatform.class)
class AgreementIT {

	private static final String DIRECTOR = "dana";

	/** Learners of both cohorts of the demo program. */
	private static final List<String> LEARNERS = List.of("demo-learner-01", "demo-learner-02", "demo-learner-03",
			"demo-learner-06", "demo-learner-07", "demo-learner-08", "demo-learner-09");

	@Test
	void aDirectorReadsTheAgreementAndRescoresAQuestionItsReviewsCalibrate(WebPlatform platform) {
		PractisedQuestion practised = PractisedQuestion.answeredBy(platform, LEARNERS);
		StaffReviews reviews = new StaffReviews(platform, DIRECTOR);
		int needed = reviews.calibration(practised.questionId()).path("minimum").asInt();
		assertThat(practised.answerIds()).as("answers enough to calibrate the question and some left unreviewed")
			.hasSizeGreaterThan(needed);
		String question = reviews.feedback(practised.answerIds().get(0)).path("questionText").asString();
		practised.answerIds()
			.subList(0, needed)
			.forEach((answerId) -> reviews.grade(answerId,
					StaffReviews.farFrom(reviews.feedback(answerId).path("score").asInt())));

		JsonHttp director = platform.apiAs(DIRECTOR);
		await("the reviews in the program's agreement").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonResponse agreement = director
				.get(platform.service(ReadyroomService.ANALYTICS, "/api/programs/demo-program/agreement"));
			assertThat(agreement.status()).as(agreement.body().toString()).isEqualTo(200);
			assertThat(agreement.body()
				.path("questions")
				.valueStream()
				.filter((q) -> q.path("questionId").asString().equals(practised.questionId()))
				.mapToInt((q) -> q.path("reviewed").asInt())
				.sum()).isGreaterThanOrEqualTo(needed);
		});

		try (Browser dana = new Browser(platform)) {
			dana.signIn(DIRECTOR, platform.passwordOf(DIRECTOR));
			dana.click(By.xpath("//nav//a[normalize-space()='Agreement']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/agreement");
			assertThat(Integer
				.parseInt(dana.waitFor(By.xpath("//dl[@class='kpis']//dt[normalize-space()='Reviewed answers']/../dd"))
					.getText()
					.replace(",", "")))
				.isGreaterThanOrEqualTo(needed);
			WebElement agreement = rowOf(dana, "questions-heading", practised.questionId());
			assertThat(agreement.findElement(By.xpath("./th")).getText()).as("the question in words")
				.startsWith(question);
			assertThat(Integer.parseInt(agreement.findElement(By.xpath("./td[1]")).getText()))
				.as("the question's reviewed answers")
				.isGreaterThanOrEqualTo(needed);

			WebElement calibration = rowOf(dana, "calibration-heading", practised.questionId());
			assertThat(calibration.getText()).contains("Re-score due");
			calibration.findElement(By.xpath(".//button[starts-with(normalize-space(),'Re-score unreviewed answers')]"))
				.click();
			String rescored = dana
				.waitFor(By
					.xpath("//section[@aria-labelledby='calibration-heading']//*[contains(@class,'alert-success')]"))
				.getText();
			assertThat(rescored).matches("[1-9]\\d* unreviewed answers? re-scored with the \\d+ graded answers\\.");
			assertThat(dana.accessibilityViolations()).as("WCAG 2 A/AA violations on the agreement page").isEmpty();
			dana.screenshot("agreement");
		}
	}

	/** The row of a question, which shows its text with its id beside it. */
	private static WebElement rowOf(Browser browser, String section, String questionId) {
		return browser.waitUntil(
				(driver) -> driver.findElements(By.xpath("//section[@aria-labelledby='" + section + "']//tbody/tr"))
					.stream()
					.filter((row) -> row.findElements(By.xpath("./th//code"))
						.stream()
						.anyMatch((id) -> id.getText().equals(questionId)))
					.findFirst()
					.orElse(null));
	}

}
