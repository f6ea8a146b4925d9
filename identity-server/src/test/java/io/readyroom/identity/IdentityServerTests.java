package io.readyroom.identity;

import java.time.Duration;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "ISSUER_URI=" + IdentityServerTests.ISSUER)
@AutoConfigureMockMvc
class IdentityServerTests {

	static final String ISSUER = "http://localhost:9123";

	@Autowired
	MockMvc mvc;

	@Test
	void discoveryNamesTheConfiguredIssuerAndItsKeys() throws Exception {
		this.mvc.perform(get("/.well-known/openid-configuration"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issuer").value(ISSUER))
			.andExpect(jsonPath("$.jwks_uri").value(ISSUER + "/oauth2/jwks"))
			.andExpect(jsonPath("$.authorization_endpoint").value(ISSUER + "/oauth2/authorize"))
			.andExpect(jsonPath("$.token_endpoint").value(ISSUER + "/oauth2/token"));
	}

	@Test
	void aLearnersAccessTokenIsSignedAndCarriesTheTokenContract() throws Exception {
		JsonNode tokens = new BrowserSignIn(this.mvc).tokensFor("ana", "ana-demo");

		SignedJWT accessToken = SignedJWT.parse(tokens.path("access_token").asString());
		assertThat(accessToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(accessToken.verify(new RSASSAVerifier(signingKey(accessToken)))).as("signature").isTrue();
		JWTClaimsSet claims = accessToken.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(ISSUER);
		assertThat(claims.getAudience()).contains("readyroom");
		assertThat(claims.getStringClaim("azp")).as("the client it was issued to").isEqualTo(BrowserSignIn.CLIENT_ID);
		assertThat(claims.getSubject()).isEqualTo("ana");
		assertThat(claims.getStringListClaim("roles")).containsExactly("learner");
		assertThat(claims.getStringClaim("program_id")).isEqualTo("demo-program");
		assertThat(claims.getStringListClaim("cohort_ids")).containsExactly("cohort-a");
		assertThat(claims.getClaim("scope")).asString().contains("openid");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aCoachsTokenNamesTheCohortsTheyCoach() throws Exception {
		JWTClaimsSet claims = accessTokenClaimsOf("carla", "carla-demo");

		assertThat(claims.getStringListClaim("roles")).containsExactly("coach");
		assertThat(claims.getStringClaim("program_id")).isEqualTo("demo-program");
		assertThat(claims.getStringListClaim("cohort_ids")).containsExactly("cohort-a");
	}

	@Test
	void aDirectorsTokenNamesTheirProgramAndNoCohort() throws Exception {
		JWTClaimsSet claims = accessTokenClaimsOf("omar", "omar-demo");

		assertThat(claims.getStringListClaim("roles")).containsExactly("director");
		assertThat(claims.getStringClaim("program_id")).isEqualTo("other-program");
		assertThat(claims.getStringListClaim("cohort_ids")).isEmpty();
	}

	@Test
	void theSimulatedLearnersAreFiveInEachCohortOfTheDemoProgram() throws Exception {
		JWTClaimsSet first = accessTokenClaimsOf("demo-learner-01", "demo-learner-01-demo");
		JWTClaimsSet fifth = accessTokenClaimsOf("demo-learner-05", "demo-learner-05-demo");
		JWTClaimsSet sixth = accessTokenClaimsOf("demo-learner-06", "demo-learner-06-demo");
		JWTClaimsSet tenth = accessTokenClaimsOf("demo-learner-10", "demo-learner-10-demo");

		assertThat(first.getStringListClaim("roles")).containsExactly("learner");
		assertThat(first.getStringClaim("program_id")).isEqualTo("demo-program");
		assertThat(first.getStringListClaim("cohort_ids")).containsExactly("cohort-a");
		assertThat(fifth.getStringListClaim("cohort_ids")).containsExactly("cohort-a");
		assertThat(sixth.getStringListClaim("cohort_ids")).containsExactly("cohort-b");
		assertThat(tenth.getStringListClaim("cohort_ids")).containsExactly("cohort-b");
	}

	@Test
	void theIdTokenIsForTheClientAndDescribesTheUserToo() throws Exception {
		JsonNode tokens = new BrowserSignIn(this.mvc).tokensFor("ben", "ben-demo");

		JWTClaimsSet claims = SignedJWT.parse(tokens.path("id_token").asString()).getJWTClaimsSet();
		assertThat(claims.getAudience()).containsExactly(BrowserSignIn.CLIENT_ID);
		assertThat(claims.getStringListClaim("cohort_ids")).containsExactly("cohort-b");
	}

	@Test
	void aWrongPasswordSendsTheBrowserBackToTheLoginFormWithAnError() throws Exception {
		String next = new BrowserSignIn(this.mvc).submitLoginForm("ana", "not-her-password");

		assertThat(next).endsWith("/login?error");
	}

	@Test
	void aClientThatDoesNotAcceptHtmlIsNotSentToTheLoginForm() throws Exception {
		this.mvc.perform(get(new BrowserSignIn(this.mvc).authorizeUri()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void healthNeedsNoSignIn() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void outsideDemoModeTheDemoAccountsAreNotPublished() throws Exception {
		this.mvc.perform(get("/demo-accounts")).andExpect(status().isNotFound());
	}

	@Test
	void anythingElseAsksABrowserToSignIn() throws Exception {
		this.mvc.perform(get("/actuator/info").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	private JWTClaimsSet accessTokenClaimsOf(String username, String password) throws Exception {
		JsonNode tokens = new BrowserSignIn(this.mvc).tokensFor(username, password);
		return SignedJWT.parse(tokens.path("access_token").asString()).getJWTClaimsSet();
	}

	private RSAKey signingKey(SignedJWT token) throws Exception {
		String jwks = this.mvc.perform(get("/oauth2/jwks")).andReturn().getResponse().getContentAsString();
		return JWKSet.parse(jwks).getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();
	}

}
