package io.readyroom.endtoend;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one address people open, and signing in and out through it, in a real browser.
 */
@ExtendWith(BrowserTestPlatform.class)
class FrontDoorIT {

	@Test
	void aBrowserOnLocalhostIsSentToTheLoopbackAddressAndSignsInThere(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.driver().get("http://localhost:" + platform.frontDoor().getPort() + "/");

			assertThat(URI.create(ana.driver().getCurrentUrl()).getHost()).isEqualTo("127.0.0.1");
			ana.click(By.id("start"));
			ana.submitLogin("ana", platform.passwordOf("ana"));

			ana.waitUntil((driver) -> driver.getCurrentUrl().equals(platform.frontDoor() + "/practice"));
		}
	}

	@Test
	void signingOutEndsTheSessionAtTheIdentityServerToo(WebPlatform platform) {
		try (Browser ana = new Browser(platform)) {
			ana.signIn("ana", platform.passwordOf("ana"));

			ana.signOut();
			assertThat(ana.path()).isEqualTo("/signed-out");
			ana.click(By.linkText("Sign in again"));

			assertThat(ana.waitFor(By.id("sign-in-heading")).getText()).as("asked for the password again")
				.isEqualTo("Sign in");
		}
	}

	@Test
	void eachRoleStartsOnItsOwnPageWithItsNavigation(WebPlatform platform) {
		try (Browser dana = new Browser(platform)) {
			dana.signIn("dana", platform.passwordOf("dana"));

			assertThat(dana.path()).isEqualTo("/cohorts");
			// the header is drawn once the page has asked who is signed in
			dana.waitFor(By.cssSelector("nav[aria-label=Main] a"));
			assertThat(dana.all(By.cssSelector("nav[aria-label=Main] a"))).extracting((link) -> link.getText().strip())
				.containsExactly("Cohorts", "Review", "Agreement", "Exports", "Questions", "Readiness rules",
						"Enrolments", "Access log", "Learner data", "xAPI");
		}
	}

}
