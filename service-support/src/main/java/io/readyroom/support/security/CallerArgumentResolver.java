package io.readyroom.support.security;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the {@link Caller} of the request as a parameter, with
 * the cohorts the program's {@link CohortMemberships} give a learner or coach, where it
 * has them.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final ObjectProvider<CohortMemberships> memberships;

	CallerArgumentResolver(ObjectProvider<CohortMemberships> memberships) {
		this.memberships = memberships;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return withMembership(Caller.from(token.getToken()));
		}
		throw new AuthenticationCredentialsNotFoundException("This endpoint needs a bearer token.");
	}

	private Caller withMembership(Caller caller) {
		CohortMemberships membership = this.memberships.getIfAvailable();
		if (membership == null || caller.programId() == null
				|| (caller.role() != Role.LEARNER && caller.role() != Role.COACH)) {
			return caller;
		}
		return membership.cohortsOf(caller.programId(), caller.id(), caller.role())
			.map(caller::withCohortIds)
			.orElse(caller);
	}

}
