package io.readyroom.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Coaches and directors in a real browser: a cohort's dashboard and one learner's report,
 * the program's exports and readiness rules, on the demo program's practice; an
 * assignment, from the coach's form through the learner's practice back to its
 * completion; a director reading on the access log who opened a learner's report; and a
 * director running enrolments and target roles with a learner who proposes their own, and
 * importing enrolments from a CSV file; and a director setting how long answer text is
 * kept and erasing a learner, with the erasure's receipt.
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
	void aDirectorSeesOnTheAccessLogThatACoachOpenedALearnersReport(WebPlatform platform) {
		try (Browser carla = new Browser(platform); Browser dana = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));
			carla.open("/learners/ana");
			carla.waitUntilLoaded();
			assertThat(carla.waitFor(By.id("page-title")).getText()).isEqualTo("Report of ana");

			dana.signIn("dana", platform.passwordOf("dana"));
			dana.click(By.xpath("//nav//a[normalize-space()='Access log']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/program/access-log");
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				dana.open("/program/access-log?learner=ana");
				dana.waitUntilLoaded();
				assertThat(dana.all(By.cssSelector("#entries tbody tr")))
					.extracting((row) -> row.getText().replaceAll("\\s+", " "))
					.anySatisfy((row) -> assertThat(row)
						.contains("carla Coach Learner profile ana cohort-a readyroom-web"));
			});
			assertThat(dana.waitFor(By.linkText("Download the whole log (CSV)")).getAttribute("href"))
				.endsWith("/api/analytics/programs/demo-program/exports/access-log?format=csv");
			dana.screenshot("access-log");
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

	@Test
	void aCoachAssignsADrillThatALearnerStartsFromThePracticePageAndCompletes(WebPlatform platform) {
		String title = "Privacy drill " + UUID.randomUUID().toString().substring(0, 8);
		By carlasRow = By.xpath("//table//tr[th//strong[normalize-space()='" + title + "']]");
		try (Browser carla = new Browser(platform); Browser ana = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));
			carla.open("/cohorts/cohort-a/assignments");
			carla.waitUntilLoaded();
			carla.waitFor(By.id("assign-title")).sendKeys(title);
			carla.click(By.xpath("//label[input[@name='mode' and @value='targeted']]"));
			carla.click(By.xpath("//label[input[@name='competencyIds' and @value='hipaa-privacy-rule']]"));
			carla.waitFor(By.cssSelector("#assign-role-track option[value='health-information-technician']")).click();
			carla.waitFor(By.id("assign-count")).clear();
			carla.waitFor(By.id("assign-count")).sendKeys("1");
			carla.click(By.xpath("//button[normalize-space()='Assign']"));
			assertThat(carla.waitFor(carlasRow).getText()).contains("Whole cohort").containsPattern("0 of \\d+ done");

			ana.signIn("ana", platform.passwordOf("ana"));
			By anasItem = By.xpath("//ul[@id='assignments-due']/li[.//strong[normalize-space()='" + title + "']]");
			assertThat(ana.waitFor(anasItem).getText()).contains("Due", "Targeted drill", "due ");
			ana.screenshot("assigned-practice");
			ana.click(By.xpath("//ul[@id='assignments-due']/li[.//strong[normalize-space()='" + title
					+ "']]//button[normalize-space()='Start']"));
			ana.waitFor(By.id("question"));
			String sessionId = ana.path().substring("/practice/sessions/".length());
			ana.waitFor(By.id("answer"))
				.sendKeys(new RubricAnswers(platform, "dana").covering(currentQuestionOf(platform, sessionId), 0.6));
			ana.click(By.xpath("//button[normalize-space()='Submit answer']"));
			ana.waitFor(By.id("score-heading"));
			ana.click(By.xpath("//button[normalize-space()='Finish session']"));
			ana.waitUntil((driver) -> driver.findElement(By.id("page-title")).getText().startsWith("Session complete"));
			ana.open("/practice");
			assertThat(ana
				.waitFor(By.xpath("//ul[@id='assignments-done']/li[.//strong[normalize-space()='" + title + "']]"))
				.getText()).contains("Done");

			carla.open("/cohorts/cohort-a/assignments");
			assertThat(carla.waitFor(carlasRow).getText()).containsPattern("1 of \\d+ done");
			carla.screenshot("assignments");
		}
	}

	/** The question the page shows, as session-service tells the learner it. */
	private static String currentQuestionOf(WebPlatform platform, String sessionId) {
		JsonResponse question = platform.apiAs("ana")
			.get(platform.service(ReadyroomService.SESSION, "/api/sessions/" + sessionId + "/next-question"));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		return question.text("questionId");
	}

	@Test
	void aDirectorEnrolsALearnerAndSetsTheirTargetRoleAndConfirmsTheLearnersProposal(WebPlatform platform) {
		String cohortName = "Evening " + System.currentTimeMillis();
		String cohortId = cohortName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
		try (Browser dana = new Browser(platform); Browser lee = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));
			dana.click(By.xpath("//nav//a[normalize-space()='Enrolments']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/program/cohorts");

			dana.waitFor(By.id("new-cohort-name")).sendKeys(cohortName);
			dana.click(By.xpath("//button[normalize-space()='Open cohort']"));
			dana.waitFor(By.xpath("//section[@data-cohort='" + cohortId + "']"));
			dana.waitFor(By.id("add-username")).sendKeys("lee");
			new Select(dana.waitFor(By.id("add-cohort"))).selectByValue(cohortId);
			dana.click(By.xpath("//button[normalize-space()='Enrol']"));
			dana.waitFor(By.xpath("//section[@data-cohort='" + cohortId + "']//tr[@data-learner='lee']"));
			new Select(dana.waitFor(By.id("role-lee"))).selectByValue("ehr-specialist");
			dana.click(By.xpath("//tr[@data-learner='lee']//button[normalize-space()='Set target role']"));
			dana.waitFor(By.xpath("//*[@id='change-status']//p[normalize-space()=\"lee's target role set.\"]"));
			dana.screenshot("program-cohorts");

			lee.signIn("lee", platform.passwordOf("lee"));
			lee.open("/report");
			assertThat(lee.waitFor(By.id("current-target-role")).getText()).contains("EHR");
			new Select(lee.waitFor(By.id("proposed-role"))).selectByValue("health-information-technician");
			lee.click(By.xpath("//button[normalize-space()='Propose']"));
			assertThat(lee.waitFor(By.id("pending-proposal")).getText()).contains("Pending");

			dana.open("/program/cohorts");
			dana.waitUntilLoaded();
			dana.click(By.xpath("//tr[@data-learner='lee']//button[normalize-space()='Confirm']"));
			dana.waitFor(By.xpath("//*[@id='change-status']//p[normalize-space()=\"lee's proposal confirmed.\"]"));
			assertThat(new Select(dana.waitFor(By.id("role-lee"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("health-information-technician");
		}
	}

	@Test
	void aDirectorImportsEnrolmentsFromACsvFileOnlyOnceEveryLineIsRight(WebPlatform platform, @TempDir Path files)
			throws IOException {
		String cohortId = "imported-" + System.currentTimeMillis();
		JsonResponse opened = platform.apiAs("dana")
			.post(platform.service(ReadyroomService.SESSION, "/api/programs/demo-program/cohorts"),
					Map.of("cohortId", cohortId, "name", "Imported term"));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		String learner = "new-" + cohortId;
		Path flawed = Files.writeString(files.resolve("flawed.csv"),
				"username,cohort,targetRole\n" + learner + "," + cohortId + ",ehr-specialist\nsam,no-such-cohort,\n");
		Path right = Files.writeString(files.resolve("right.csv"),
				"username,cohort,targetRole\n" + learner + "," + cohortId + ",ehr-specialist\n");

		try (Browser dana = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));
			dana.open("/program/cohorts");
			dana.waitUntilLoaded();
			dana.waitFor(By.id("import-file")).sendKeys(flawed.toString());
			dana.click(By.xpath("//button[normalize-space()='Import']"));
			assertThat(dana.waitFor(By.xpath("//*[@id='import-status']//*[contains(@class,'alert')]")).getText())
				.as("every wrong line named, nothing imported")
				.contains("Nothing was imported")
				.contains("Line 3");
			assertThat(dana.all(By.xpath("//tr[@data-learner='" + learner + "']"))).isEmpty();

			dana.waitFor(By.id("import-file")).sendKeys(right.toString());
			dana.click(By.xpath("//button[normalize-space()='Import']"));
			dana.waitFor(By.xpath("//section[@data-cohort='" + cohortId + "']//tr[@data-learner='" + learner + "']"));
			assertThat(
					new Select(dana.waitFor(By.id("role-" + learner))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("ehr-specialist");
		}
	}

	@Test
	void aDirectorSetsHowLongAnswerTextIsKeptAndErasesALearnerWhoseReceiptFollowsTheServices(WebPlatform platform) {
		// a learner of this test alone: the demo's learners' figures stay as the other
		// tests on this platform expect them
		String learner = "erin-" + System.currentTimeMillis();
		JsonResponse enrolled = platform.apiAs("dana")
			.put(platform.service(ReadyroomService.SESSION, "/api/programs/demo-program/enrolments/" + learner),
					Map.of("cohortId", "cohort-a"));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
		try (Browser dana = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));
			dana.click(By.xpath("//nav//a[normalize-space()='Learner data']"));
			dana.waitUntilLoaded();
			assertThat(dana.path()).isEqualTo("/program/learner-data");

			keepAnswerTextFor(dana, "400");
			assertThat(dana.waitFor(By.cssSelector("#retention-status .alert-success")).getText())
				.contains("Answer text is removed 400 days after it was given; scores stay.");
			dana.waitFor(retentionIs("Answer text is removed 400 days after it was given; scores stay."));

			dana.waitFor(By.id("erase-learner")).sendKeys(learner);
			dana.click(By.xpath("//button[normalize-space()='Erase…']"));
			assertThat(dana.waitFor(By.cssSelector("#erase-confirmation [role='group']")).getText())
				.as("the confirmation names the learner and says it is final")
				.contains("Erase " + learner + " from demo-program?", "cannot be undone");
			assertThat(dana.waitFor(By.cssSelector("#erasures .empty-state")).getText())
				.as("nothing is erased before confirming")
				.contains("No erasures yet");
			dana.screenshot("learner-data-confirmation");
			dana.click(By.xpath("//button[normalize-space()='Erase " + learner + " for good']"));

			assertThat(dana.waitFor(By.cssSelector("#erase-receipt h3")).getText()).isEqualTo("Erasure of " + learner);
			assertThat(dana.waitFor(receiptLine("Session service")).getText()).startsWith("Session service Yes");
			await("the page follows the receipt until every service has erased the learner")
				.atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(dana.waitFor(By.id("erase-status")).getText())
					.startsWith("Complete: all 3 services have erased the learner"));
			assertThat(dana.waitFor(receiptLine("Scoring service")).getText()).startsWith("Scoring service Yes");
			assertThat(dana.waitFor(receiptLine("Analytics service")).getText()).startsWith("Analytics service Yes");
			String erasureId = dana.waitFor(By.cssSelector("#erase-receipt code")).getText();
			assertThat(erasureId).startsWith("erasure-").doesNotContain(learner);
			By listed = By.xpath("//div[@id='erasures']//tbody/tr[td/code[normalize-space()='" + erasureId + "']]");
			await("the completed receipt on the program's list").atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(dana.waitFor(listed).getText().replaceAll("\\s+", " "))
					.contains("dana Complete"));
			dana.screenshot("learner-data");

			dana.click(By.id("keep-forever"));
			dana.click(By.xpath("//button[normalize-space()='Save retention period']"));
			dana.waitFor(retentionIs("Answer text is kept for as long as the program runs."));
		}
	}

	private static void keepAnswerTextFor(Browser director, String days) {
		WebElement field = director.waitFor(By.id("retention-days"));
		field.clear();
		field.sendKeys(days);
		assertThat(director.waitFor(By.id("keep-days")).isSelected()).as("typing days chooses them").isTrue();
		director.click(By.xpath("//button[normalize-space()='Save retention period']"));
	}

	/**
	 * The page draws the period again once saved, so it is found anew until it reads so.
	 */
	private static By retentionIs(String sentence) {
		return By.xpath("//p[@id='retention-current'][normalize-space()='" + sentence + "']");
	}

	private static By receiptLine(String service) {
		return By.xpath("//div[@id='erase-receipt']//tbody/tr[th[normalize-space()='" + service + "']]");
	}

	/** The question's text as session-service's bank tells staff. */
	static String bankTextOf(WebPlatform platform, String questionId) {
		JsonResponse question = platform.apiAs("dana")
			.get(platform.service(ReadyroomService.SESSION, "/api/questions/" + questionId));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		return question.text("text");
	}

}
