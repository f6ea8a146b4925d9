package io.readyroom.web.relay;

import java.util.List;
import java.util.Optional;

import io.readyroom.web.WebProperties;

import org.springframework.stereotype.Component;

/**
 * The public API paths and the services behind them:
 *
 * <table>
 * <tr>
 * <th>the pages call</th>
 * <th>relayed to</th>
 * </tr>
 * <tr>
 * <td>{@code /api/session/**}</td>
 * <td>session-service {@code /api/**}</td>
 * </tr>
 * <tr>
 * <td>{@code /api/scoring/**}</td>
 * <td>scoring-service {@code /api/scoring/**}</td>
 * </tr>
 * <tr>
 * <td>{@code /api/analytics/**}</td>
 * <td>analytics-service {@code /api/**}</td>
 * </tr>
 * </table>
 */
@Component
class BackendRoutes {

	static final String[] PUBLIC_PATHS = { "/api/session/**", "/api/scoring/**", "/api/analytics/**" };

	private final List<BackendRoute> routes;

	BackendRoutes(WebProperties properties) {
		WebProperties.Backends backends = properties.backends();
		this.routes = List.of(new BackendRoute("session-service", "/api/session", backends.session(), "/api"),
				new BackendRoute("scoring-service", "/api/scoring", backends.scoring(), "/api/scoring"),
				new BackendRoute("analytics-service", "/api/analytics", backends.analytics(), "/api"));
	}

	Optional<BackendRoute> forPath(String path) {
		return this.routes.stream().filter((route) -> route.serves(path)).findFirst();
	}

}
