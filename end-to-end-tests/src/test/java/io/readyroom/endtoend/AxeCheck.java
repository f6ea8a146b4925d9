package io.readyroom.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core, from its WebJar, in the page the browser shows, limited to the WCAG 2 A
 * and AA rules.
 */
final class AxeCheck {

	private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

	private static final String SCRIPT = read(WEBJAR + version() + "/axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] })
				.then((results) => done(results.violations.map((violation) => violation.id + ' (' + violation.impact
					+ '): ' + violation.help + ' at ' + violation.nodes.map((node) => node.target.join(' ')).join(', '))))
				.catch((error) => done(['axe-core did not run: ' + error]));
			""";

	private AxeCheck() {
	}

	/**
	 * @return each rule the page breaks, with the elements that break it; empty for a
	 * page that passes
	 */
	@SuppressWarnings("unchecked")
	static List<String> violationsIn(WebDriver driver) {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
			page.executeScript(SCRIPT);
		}
		return (List<String>) page.executeAsyncScript(RUN);
	}

	private static String version() {
		Properties pom = new Properties();
		try (InputStream properties = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			pom.load(properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pom.getProperty("version");
	}

	private static String read(String name) {
		try (InputStream script = resource(name)) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) {
		InputStream stream = AxeCheck.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException(name + " is not on the test class path: the axe-core WebJar is missing");
		}
		return stream;
	}

}
