package io.readyroom.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link ApiProblemHandler}, which replaces Boot's generic problem handler,
 * {@link ApiErrorController}, which replaces Boot's error page with problems too, the
 * request size limit and the request log. Both filters run before the security filters,
 * so refused and oversized requests are logged and limited too.
 */
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
@Import(ApiProblemHandler.class)
public class ApiProblemAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ApiErrorController apiErrorController(ErrorAttributes errorAttributes, JsonMapper json) {
		return new ApiErrorController(errorAttributes, json);
	}

	@Bean
	FilterRegistrationBean<RequestLog> requestLog() {
		FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimitsProperties limits) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(limits.maxRequestSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
