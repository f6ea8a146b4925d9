package io.readyroom.web.signin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.readyroom.contracts.token.Role;
import io.readyroom.contracts.token.TokenClaims;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Grants {@code ROLE_LEARNER}, {@code ROLE_COACH}, ... from the {@code roles} claim, so
 * page rules can name roles.
 */
class RoleAuthorities implements GrantedAuthoritiesMapper {

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OAuth2UserAuthority user) {
				Role.allIn(user.getAttributes().get(TokenClaims.ROLES))
					.forEach((role) -> mapped.add(new SimpleGrantedAuthority(role.authority())));
			}
		}
		return mapped;
	}

}
