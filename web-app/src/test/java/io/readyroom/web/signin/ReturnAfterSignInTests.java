package io.readyroom.web.signin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnAfterSignInTests {

	@Test
	void returnsOnlyToPagesOfThisSite() {
		assertThat(ReturnAfterSignIn.isLocalPath("/practice/sessions/s-1?x=1")).isTrue();
		assertThat(ReturnAfterSignIn.isLocalPath("//evil.example/")).isFalse();
		assertThat(ReturnAfterSignIn.isLocalPath("https://evil.example/")).isFalse();
		assertThat(ReturnAfterSignIn.isLocalPath("/\\evil.example")).isFalse();
		assertThat(ReturnAfterSignIn.isLocalPath(null)).isFalse();
	}

}
