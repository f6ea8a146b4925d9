package io.readyroom.endtoend;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees when they may not go somewhere, in a real browser.
 */
@ExtendWith(BrowserTestPlatform.class)
class RefusedAccessIT {

	@Test
	void aLearnerWhoOpensTheCohortsIsToldThePageIsNotForTheirRole(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.signIn("ana", platform.passwordOf("ana"));

			ana.open("/cohorts");

			assertThat(ana.waitFor(By.tagName("h1")).getText()).isEqualTo("This page is not for your role");
			assertThat(ana.all(By.cssSelector("table.heatmap, figure.chart"))).as("nothing of the cohorts shown")
				.isEmpty();
		}
	}

	@Test
	void aCoachWhoOpensAnotherCohortsDashboardIsRefused(WebPlatform platform) {
		try (Browser carla = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));

			carla.open("/cohorts/cohort-b");
			carla.waitUntilLoaded();

			assertThat(carla.waitFor(By.cssSelector("#content [role=alert]")).getText())
				.contains("You cannot open this cohort");
			assertThat(carla.all(By.cssSelector("table.heatmap, figure.chart"))).as("nothing of cohort-b shown")
				.isEmpty();
		}
	}

	@Test
	void aCoachWhoOpensALearnerOfAnotherCohortIsToldTheLearnerIsNotInHerCohorts(WebPlatform platform) {
		try (Browser carla = new Browser(platform)) {
			carla.signIn("carla", platform.passwordOf("carla"));

			carla.open("/learners/ben");
			carla.waitUntilLoaded();

			assertThat(carla.waitFor(By.cssSelector("#content [role=alert]")).getText()).contains("Not in your cohorts",
					"ben");
			assertThat(carla.waitFor(By.id("content")).getText()).doesNotContain("No answers scored yet");
			assertThat(carla.all(By.cssSelector("figure.chart, #answers-heading"))).as("nothing of ben's shown")
				.isEmpty();
		}
	}

	@Test
	void aDirectorWhoOpensAnotherProgramsCohortIsToldItIsNotInTheirProgram(WebPlatform platform) {
		try (Browser omar = new Browser(platform)) {
			omar.signIn("omar", platform.passwordOf("omar"));

			omar.open("/cohorts/cohort-a");
			omar.waitUntilLoaded();

			assertThat(omar.waitFor(By.cssSelector("#content [role=alert]")).getText()).contains("Not in your program",
					"cohort-a");
			assertThat(omar.waitFor(By.id("content")).getText()).doesNotContain("No figures for this cohort yet");
			assertThat(omar.all(By.cssSelector("table.heatmap, figure.chart"))).as("nothing of cohort-a shown")
				.isEmpty();
		}
	}

	@Test
	void aWrongPasswordKeepsThePersonOnTheLoginPageWithTheReason(WebPlatform platform) {
		try (Browser someone = new Browser(platform)) {
			someone.open("/");
			someone.click(By.id("start"));

			someone.submitLogin("ana", "not-her-password");

			assertThat(someone.waitFor(By.cssSelector("[role=alert]")).getText())
				.contains("Wrong username or password");
			URI page = URI.create(someone.driver().getCurrentUrl());
			assertThat(page.getPath()).isEqualTo("/login");
			assertThat(page.getQuery()).isEqualTo("error");
			assertThat(someone.driver().findElement(By.id("password")).getDomAttribute("aria-invalid"))
				.isEqualTo("true");
		}
	}

}
