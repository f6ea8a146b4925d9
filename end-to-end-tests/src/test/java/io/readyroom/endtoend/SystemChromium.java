package io.readyroom.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium and chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}), headless. Both paths are given to Selenium, so Selenium
 * Manager has nothing to look up and never downloads a browser or driver.
 */
final class SystemChromium {

	static final Path BROWSER = Path.of(System.getProperty("readyroom.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("readyroom.chromedriver", "/usr/bin/chromedriver"));

	/**
	 * The tests use no DevTools protocol features, so that Selenium has none for this
	 * Chromium's version is not worth a warning per browser started. Held here so the
	 * setting is not collected with the logger.
	 */
	private static final Logger DEVTOOLS_VERSION_LOG = Logger
		.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		DEVTOOLS_VERSION_LOG.setLevel(Level.SEVERE);
	}

	private SystemChromium() {
	}

	static boolean isInstalled() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	/**
	 * @return why the browser tests cannot run here, and how to make them
	 */
	static String notInstalled() {
		return "The browser tests drive the system's Chromium " + BROWSER + " through " + DRIVER
				+ ", and one of them is not installed. Install both with 'apt-get install chromium chromium-driver'"
				+ " (.ci/run does) or point -Dreadyroom.chromium and -Dreadyroom.chromedriver at them.";
	}

	/**
	 * @return a new headless browser with an empty profile: no cookies, nobody signed in
	 */
	static WebDriver start() {
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-US",
				// charts drawn at once, without animation, as for people who ask for less
				// motion
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(30))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return driver;
	}

}
