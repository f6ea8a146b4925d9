package io.readyroom.support.security;

import java.util.List;

import io.readyroom.contracts.token.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a service that declares the OAuth2 resource server starter accept only valid
 * tokens of the configured issuer: stateless, no sessions or cookies (so no CSRF),
 * health, info and API docs open to all, other actuator endpoints to admins, the
 * service's {@link EndpointRules} next, and a valid token for everything else.
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		OAuth2ResourceServerAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ JwtDecoder.class, BearerTokenAuthenticationFilter.class })
@EnableConfigurationProperties(IdentityProperties.class)
@EnableWebSecurity
public class ResourceServerAutoConfiguration {

	private static final String[] OPEN_TO_ALL = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	@Bean
	JwtDecoder jwtDecoder(IdentityProperties identity) {
		return TokenDecoders.forIssuer(identity);
	}

	@Bean
	SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<EndpointRules> endpointRules,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) throws Exception {
		ProblemRendering problems = new ProblemRendering(exceptionResolver);
		List<EndpointRules> rules = endpointRules.orderedStream().toList();
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(HttpMethod.GET, OPEN_TO_ALL).permitAll();
			requests.requestMatchers("/error").permitAll();
			requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
			rules.forEach((rule) -> rule.apply(requests));
			requests.anyRequest().authenticated();
		})
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerAuthenticationConverter()))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.addFilterAfter(new CallerTag(), BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * A path the firewall refuses (an encoded slash, a semicolon, {@code ..}) is a
	 * {@code 400} whose reason reaches the error page's problem.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejection) -> response.sendError(HttpServletResponse.SC_BAD_REQUEST,
				rejection.getMessage());
	}

	@Bean
	SecurityProblemHandler securityProblemHandler() {
		return new SecurityProblemHandler();
	}

	@Bean
	WebMvcConfigurer callerParameters(ObjectProvider<CohortMemberships> memberships) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver(memberships));
			}

		};
	}

}
