package io.readyroom.endtoend;

import java.time.Duration;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's way through the web app in a real browser: sign in at the identity server,
 * practise, read the feedback, finish, open the weak-area report, and from a recommended
 * question there to a targeted drill.
 */
@ExtendWith(BrowserTestPlatform.class)
class LearnerPracticeIT {

	@Test
	void aLearnerPractisesAQuestionReadsItsFeedbackAndOpensTheReport(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.signIn("ana", platform.passwordOf("ana"));
			assertThat(ana.path()).as("a learner starts on the practice page").isEqualTo("/practice");

			ana.click(By.xpath("//label[input[@name='mode' and @value='practice-set']]"));
			WebElement count = ana.waitFor(By.id("question-count"));
			count.clear();
			count.sendKeys("1");
			ana.click(By.xpath("//button[normalize-space()='Start practice']"));

			ana.waitFor(By.id("question"));
			assertThat(ana.path()).startsWith("/practice/sessions/");
			String answer = new RubricAnswers(platform, "dana").covering(currentQuestionOf(platform, ana), 0.6);
			ana.waitFor(By.id("answer")).sendKeys(answer);
			ana.screenshot("practice-question");
			long submitted = System.nanoTime();
			ana.click(By.xpath("//button[normalize-space()='Submit answer']"));

			ana.waitFor(By.id("score-heading"));
			assertThat(Duration.ofNanos(System.nanoTime() - submitted)).as("feedback within seconds")
				.isLessThan(Duration.ofSeconds(15));
			assertThat(ana.waitFor(By.cssSelector(".score-value")).getText()).matches("\\d{1,3}\\s*/ 100");
			assertThat(ana.all(By.cssSelector("ol.key-points > li"))).as("key points").isNotEmpty();
			assertThat(ana.all(By.cssSelector("ol.key-points > li.met"))).as("key points covered").isNotEmpty();
			assertThat(ana.all(By.cssSelector("#answer-text mark.evidence"))).as("evidence highlighted in the answer")
				.isNotEmpty();
			ana.screenshot("feedback");

			ana.click(By.xpath("//button[normalize-space()='Finish session']"));
			ana.waitUntil((driver) -> driver.findElement(By.id("page-title")).getText().startsWith("Session complete"));
			ana.click(By.linkText("Open my report"));

			ana.waitUntilLoaded();
			assertThat(ana.path()).isEqualTo("/report");
			assertThat(ana.waitFor(By.id("weak-heading")).getText()).isEqualTo("Weak areas and what to practise next");
			assertThat(ana.all(By.cssSelector("figure.chart canvas"))).as("the competency chart").isNotEmpty();
			ana.screenshot("weak-area-report");
		}
	}

	@Test
	void aRecommendedQuestionOnTheReportLeadsToATargetedDrillForTheRoleTrack(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.signIn("ana", platform.passwordOf("ana"));

			ana.open("/report");
			ana.waitUntilLoaded();

			WebElement recommended = ana.waitFor(By.cssSelector("ul.recommended-questions > li"));
			assertThat(recommended.getText()).as("a recommended question by its text, not its id")
				.startsWith(StaffDashboardIT.bankTextOf(platform, recommended.getDomAttribute("data-question-id")));
			ana.click(By.cssSelector("ul.recommended-questions > li a.drill-link"));
			ana.waitFor(By.id("question-count"));
			assertThat(ana.path()).isEqualTo("/practice");
			assertThat(ana.all(By.cssSelector("input[name=mode]:checked"))).as("the targeted drill chosen")
				.singleElement()
				.satisfies((mode) -> assertThat(mode.getDomProperty("value")).isEqualTo("targeted"));
			assertThat(ana.all(By.cssSelector("input[name=roleTrack]:checked"))).as("the role track chosen").hasSize(1);
		}
	}

	/**
	 * The question the page shows, as session-service tells the learner it.
	 */
	private static String currentQuestionOf(WebPlatform platform, Browser learner) {
		String sessionId = learner.path().substring("/practice/sessions/".length());
		JsonResponse question = platform.apiAs("ana")
			.get(platform.service(ReadyroomService.SESSION, "/api/sessions/" + sessionId + "/next-question"));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		return question.text("questionId");
	}

}
