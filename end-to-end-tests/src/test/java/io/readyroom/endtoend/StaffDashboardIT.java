package io.readyroom.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaches and directors in a real browser: a cohort's dashboard and one learner's report,
 * the program's exports and readiness rules, on the demo program's practice.
 */
@ExtendWith(BrowserTestPlatform.class)
class StaffDashboardIT {

	@Test
	void aCoachReadsTheirCohortsDashboardAndDrillsIntoALearner(WebPlatform platform) {
		try (Browser carla = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));
			assertThat(carla.path()).as("a coach starts on their cohorts").isEqualTo("/cohorts");

			carla.click(By.linkText("cohort-a"));
			carla.waitUntilLoaded();
			assertThat(carla.path()).isEqualTo("/cohorts/cohort-a");
			assertThat(carla.waitFor(By.xpath("//dl[@class='kpis']//dt[normalize-space()='Readiness rate']/../dd"))
				.getText()).matches("(?s)\\d+(\\.\\d+)?\\s?%.*");
			assertThat(carla.all(By.cssSelector("table.heatmap tbody tr"))).as("a heatmap row per learner")
				.hasSizeGreaterThanOrEqualTo(4);
			assertThat(carla.all(By.cssSelector("figure.chart canvas"))).as("Chart.js charts").isNotEmpty();
			WebElement hardestQuestion = carla
				.waitFor(By.xpath("//section[@aria-labelledby='questions-heading']//tbody/tr[1]/th"));
			String questionId = hardestQuestion.findElement(By.cssSelector("code.id-note")).getText();
			assertThat(hardestQuestion.getText()).as("the question's text, its id beside it")
				.startsWith(bankTextOf(platform, questionId))
				.endsWith(questionId);
			carla.screenshot("cohort-dashboard");

			carla.click(By.xpath("//table[contains(@class,'heatmap')]//th[@scope='row']/a[normalize-space()='ana']"));
			carla.waitUntilLoaded();
			assertThat(carla.path()).isEqualTo("/learners/ana");
			assertThat(carla.waitFor(By.id("page-title")).getText()).isEqualTo("Report of ana");
			assertThat(carla.all(By.cssSelector("figure.chart canvas"))).as("ana's competency chart").isNotEmpty();
		}
	}

	@Test
	void aDirectorExportsTheProgramsFiguresAndReadsItsReadinessRules(WebPlatform platform) {
		try (Browser dana = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));
			assertThat(dana.path()).isEqualTo("/cohorts");
			dana.waitUntilLoaded();
			assertThat(dana.waitFor(By.id("comparison-heading")).getText()).isEqualTo("Cohort comparison");

			dana.click(By.xpath("//nav//a[normalize-space()='Exports']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/exports");
			assertThat(dana.all(By.cssSelector("#content form"))).as("the export form").isNotEmpty();
			dana.screenshot("exports");
			dana.click(By.xpath("//label[input[@name='dataset' and @value='questions']]"));
			((JavascriptExecutor) dana.driver()).executeScript(
					"arguments[0].value = '2001-01-01'; arguments[1].value = '2001-01-31';",
					dana.waitFor(By.id("from")), dana.waitFor(By.id("to")));
			dana.click(By.xpath("//button[normalize-space()='Download']"));
			assertThat(dana.waitFor(By.cssSelector("#download .empty-state")).getText())
				.as("a period nobody practised in says so, and what fills it")
				.contains("Nothing to export", "from 2001-01-01 to 2001-01-31", "appear once a learner");
			assertThat(dana.path()).as("no download of an empty file").isEqualTo("/exports");

			dana.click(By.xpath("//nav//a[normalize-space()='Readiness rules']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/program/readiness");
			assertThat(dana.waitFor(By.id("role-track")).isEnabled()).isTrue();
			assertThat(dana.all(By.xpath("//table/caption[starts-with(normalize-space(),'Requirements for')]")))
				.as("the role track's requirements")
				.isNotEmpty();
			dana.screenshot("readiness-rules");
		}
	}

	/** The question's text as session-service's bank tells staff. */
	static String bankTextOf(WebPlatform platform, String questionId) {
		JsonResponse question = platform.apiAs("dana")
			.get(platform.service(ReadyroomService.SESSION, "/api/questions/" + questionId));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		return question.text("text");
	}

}
