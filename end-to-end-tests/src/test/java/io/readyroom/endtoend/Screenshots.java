package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what the browser shows as the README's pictures, when the build is asked to:
 * {@code ./mvnw verify -Dscreenshots=../docs/screenshots} (relative to this module).
 * Without the property nothing is saved.
 */
final class Screenshots {

	static final String DIRECTORY_PROPERTY = "screenshots";

	/** Tall enough for a page's main figures, short enough to read in a README. */
	private static final int MAX_HEIGHT = 1600;

	private Screenshots() {
	}

	/**
	 * Saves the page from its top, as much of it as fits {@value #MAX_HEIGHT} pixels.
	 * @param name the file's name without {@code .png}, e.g. {@code cohort-dashboard}
	 */
	static void save(WebDriver driver, String name) {
		String directory = System.getProperty(DIRECTORY_PROPERTY, "");
		if (directory.isBlank()) {
			return;
		}
		Dimension window = driver.manage().window().getSize();
		try {
			showWholePage(driver, window);
			Path file = Files.createDirectories(Path.of(directory)).resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	private static void showWholePage(WebDriver driver, Dimension window) {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		page.executeScript("window.scrollTo(0, 0);");
		long frame = (Long) page.executeScript("return window.outerHeight - window.innerHeight;");
		long height = (Long) page.executeScript("return document.documentElement.scrollHeight;");
		driver.manage()
			.window()
			.setSize(new Dimension(window.getWidth(), (int) (Math.min(height, MAX_HEIGHT) + frame)));
		// charts redraw for the new size on the next frames
		page.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));");
	}

}
