package io.readyroom.analytics;

import io.readyroom.support.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description says that every endpoint takes a bearer token, so the Swagger
 * UI asks for one, and leaves out the {@link Caller} parameter of the controllers, which
 * is read from that token and never sent by a client.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsApiDocs {

	private static final String BEARER = "bearer";

	@Bean
	OpenAPI analyticsApi() {
		// springdoc keeps the types it ignores in one global list
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
		SecurityScheme bearerToken = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme(BEARER)
			.bearerFormat("JWT")
			.description("An access token of the Readyroom identity provider");
		return new OpenAPI().info(new Info().title("Readyroom analytics").version("v1"))
			.components(new Components().addSecuritySchemes(BEARER, bearerToken))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
