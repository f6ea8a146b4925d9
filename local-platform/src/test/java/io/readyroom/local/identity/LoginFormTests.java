package io.readyroom.local.identity;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginFormTests {

	private static final URI PAGE = URI.create("http://localhost:9000/login");

	@Test
	void readsTheActionAndTheCsrfTokenOfSpringSecuritysLoginPage() {
		String page = """
				<form class="login-form" method="post" action="/login">
				  <input type="text" id="username" name="username" placeholder="Username" required autofocus>
				  <input name="_csrf" type="hidden" value="a-b_c&amp;d" />
				</form>""";

		assertThat(LoginForm.in(PAGE, page))
			.contains(new LoginForm(URI.create("http://localhost:9000/login"), "a-b_c&d"));
	}

	@Test
	void findsTheTokenWhateverTheOrderOfItsAttributes() {
		String page = "<form action=\"/sign-in\"><input value=\"token\" type=\"hidden\" name=\"_csrf\"></form>";

		assertThat(LoginForm.in(PAGE, page)).map(LoginForm::csrfToken).contains("token");
	}

	@Test
	void aPageWithoutACsrfTokenIsNoLoginForm() {
		assertThat(LoginForm.in(PAGE, "<form action=\"/login\"></form>")).isEmpty();
		assertThat(LoginForm.in(PAGE, "<h1>Whitelabel Error Page</h1>")).isEmpty();
	}

}
