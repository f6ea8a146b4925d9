package io.readyroom.endtoend;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For browser test classes: skips them where Chromium is not installed, before anything
 * starts, and otherwise hands them the {@link WebPlatform}, started for the first class
 * and shared by all, stopped once every test has run.
 */
final class BrowserTestPlatform implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserTestPlatform.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return SystemChromium.isInstalled() ? ConditionEvaluationResult.enabled("Chromium is installed")
				: ConditionEvaluationResult.disabled(SystemChromium.notInstalled());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		running(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebPlatform.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return running(context);
	}

	private static WebPlatform running(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(WebPlatform.class, (key) -> WebPlatform.start(), WebPlatform.class);
	}

}
