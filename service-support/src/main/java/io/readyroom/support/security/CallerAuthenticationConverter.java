package io.readyroom.support.security;

import java.util.Collection;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Turns a validated token into an authentication whose authorities are the caller's role
 * ({@code ROLE_LEARNER}, ...) and the token's scopes ({@code SCOPE_...}), named by the
 * token's subject.
 */
class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		Collection<GrantedAuthority> authorities = Stream
			.concat(Caller.rolesOf(token).stream().map((role) -> new SimpleGrantedAuthority(role.authority())),
					this.scopes.convert(token).stream())
			.toList();
		return new JwtAuthenticationToken(token, authorities, token.getSubject());
	}

}
