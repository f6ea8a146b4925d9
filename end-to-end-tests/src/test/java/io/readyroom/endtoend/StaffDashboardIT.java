package io.readyroom.endtoend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaches and directors in a real browser: a cohort's dashboard and one learner's report,
 * the program's exports and readiness rules, on the demo program's practice; a director
 * running enrolments and target roles with a learner who proposes their own.
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

}
