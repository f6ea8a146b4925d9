package io.readyroom.web.signin;

import io.readyroom.contracts.token.Role;
import io.readyroom.web.WebProperties;
import io.readyroom.web.problem.ProblemWriter;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One filter chain: pages and their assets, the relayed API under {@code /api/**}, and
 * sign-in and sign-out. A page asks a person who is not signed in to sign in and shows
 * the error page of {@code 403} to another role; an API call answers both as problems.
 * State-changing calls carry the CSRF token of the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] OPEN_TO_ALL = { "/", "/signed-out", SignInController.PATH, "/css/**", "/js/**", "/webjars/**",
			"/images/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**" };

	static final String[] LEARNER_PAGES = { "/practice", "/practice/**", "/report" };

	static final String[] STAFF_PAGES = { "/cohorts", "/cohorts/**", "/learners/**", "/exports", "/review",
			"/review/**", "/agreement" };

	static final String[] DIRECTOR_PAGES = { "/program/**" };

	/** Where the page files are; reached only through the page URLs. */
	static final String PAGE_FILES = "/pages/**";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
			ProblemWriter problems, WebProperties properties) {
		ApiRefusals refusals = new ApiRefusals(problems);
		RequestMatcher api = pathPattern("/api/**");
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD)
			.permitAll()
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.GET, OPEN_TO_ALL)
			.permitAll()
			.requestMatchers(PAGE_FILES)
			.denyAll()
			.requestMatchers(LEARNER_PAGES)
			.hasRole(Role.LEARNER.name())
			.requestMatchers(STAFF_PAGES)
			.hasAnyRole(Role.staff())
			.requestMatchers(DIRECTOR_PAGES)
			.hasAnyRole(Role.programManagers())
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.loginPage(SignInController.PATH)
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(new RoleAuthorities()))
				.successHandler(new ReturnAfterSignIn())
				.failureUrl("/?sign-in-failed"))
			.logout((logout) -> logout.logoutSuccessHandler(signOut(registrations)))
			.csrf((csrf) -> csrf.spa())
			.requestCache((cache) -> cache.requestCache(pagesOnly()))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(refusals, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SignInController.PATH),
						AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(refusals, api)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(properties.identity()))));
		return http.build();
	}

	/**
	 * Signing out ends the web session and then the identity server's, so the next
	 * sign-in asks for a password again (and another demo account can sign in).
	 */
	private static OidcClientInitiatedLogoutSuccessHandler signOut(ClientRegistrationRepository registrations) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
		handler.setDefaultTargetUrl("/signed-out");
		return handler;
	}

	/** Only pages are returned to after signing in, never an API call or a download. */
	private static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(pathPattern("/api/**"))));
		return cache;
	}

	/**
	 * Scripts and styles only from this site; forms may also lead to the identity server
	 * (signing out continues there).
	 */
	static String contentSecurityPolicy(WebProperties.Identity identity) {
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; "
				+ "form-action 'self' " + identity.frontChannel();
	}

}
