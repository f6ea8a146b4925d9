package io.readyroom.endtoend;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the web app: opens pages at the front door, signs in through
 * the identity server's login page, and waits for what a person would wait for.
 */
final class Browser implements AutoCloseable {

	/**
	 * Long enough for a page whose figures come from three services on a busy machine.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final WebDriver driver = SystemChromium.start();

	private final URI frontDoor;

	Browser(WebPlatform platform) {
		this.frontDoor = platform.frontDoor();
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * @param path e.g. {@code /cohorts/cohort-a}
	 */
	void open(String path) {
		this.driver.get(this.frontDoor.resolve(path).toString());
	}

	/**
	 * From the front door, as a person does: "Sign in to start", then the login page.
	 * Returns once the web app shows the page it sends the person to.
	 */
	void signIn(String username, String password) {
		open("/");
		click(By.id("start"));
		submitLogin(username, password);
		waitUntil(
				ExpectedConditions.urlMatches("^" + Pattern.quote(this.frontDoor.toString()) + "/(?!login/oauth2).*"));
	}

	/**
	 * Fills in and submits the identity server's login form, which the browser shows.
	 */
	void submitLogin(String username, String password) {
		WebElement name = waitFor(By.id("username"));
		name.clear();
		name.sendKeys(username);
		WebElement secret = this.driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	void signOut() {
		click(By.xpath("//header//button[normalize-space()='Sign out']"));
		waitFor(By.xpath("//h1[normalize-space()='You have signed out']"));
	}

	/**
	 * @return the element, once visible
	 */
	WebElement waitFor(By element) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(element));
	}

	List<WebElement> all(By elements) {
		return this.driver.findElements(elements);
	}

	void click(By element) {
		waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/**
	 * Waits until the page's script has drawn its content: no loading indicator is left
	 * and every chart on it has been drawn.
	 */
	void waitUntilLoaded() {
		waitUntil((driver) -> hasContent(driver) && chartsDrawn(driver));
	}

	private static boolean hasContent(WebDriver driver) {
		return !driver.findElements(By.cssSelector("#content > *")).isEmpty()
				&& driver.findElements(By.cssSelector(".loading")).isEmpty();
	}

	/** charts.js keeps each drawn chart on its canvas. */
	private static boolean chartsDrawn(WebDriver driver) {
		return driver.findElements(By.cssSelector("figure.chart canvas"))
			.stream()
			.allMatch((canvas) -> Boolean.TRUE
				.equals(((JavascriptExecutor) driver).executeScript("return Boolean(arguments[0].chart);", canvas)));
	}

	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, PATIENCE).until(condition);
	}

	String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	/**
	 * @return the WCAG 2 A and AA rules the page breaks, per axe-core
	 */
	List<String> accessibilityViolations() {
		return AxeCheck.violationsIn(this.driver);
	}

	void screenshot(String name) {
		Screenshots.save(this.driver, name);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
