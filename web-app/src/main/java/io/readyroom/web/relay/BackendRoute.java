package io.readyroom.web.relay;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One service behind the web app: calls to {@code publicPrefix/rest} go to
 * {@code base/servicePrefix/rest}.
 *
 * @param service the service's name, for messages
 * @param publicPrefix the path the pages call, e.g. {@code /api/session}
 * @param base where the service is, e.g. {@code http://localhost:8081}
 * @param servicePrefix the path the service serves it under, e.g. {@code /api}
 */
record BackendRoute(String service, String publicPrefix, URI base, String servicePrefix) {

	boolean serves(ServerRequest request) {
		return request.path().startsWith(this.publicPrefix + "/");
	}

	/** The request with its path as the service serves it, encoded as it came. */
	ServerRequest toService(ServerRequest request) {
		URI target = UriComponentsBuilder.fromUri(request.uri())
			.replacePath(servicePath(request.path()))
			.build(true)
			.toUri();
		return ServerRequest.from(request).uri(target).build();
	}

	/** Where {@code path} (which this route serves) is on the service. */
	String servicePath(String path) {
		String basePath = this.base.getRawPath();
		if (basePath.endsWith("/")) {
			basePath = basePath.substring(0, basePath.length() - 1);
		}
		return basePath + this.servicePrefix + path.substring(this.publicPrefix.length());
	}

	/** The service's answer with its {@code Location} as the pages reach it. */
	ServerResponse toBrowser(ServerRequest request, ServerResponse response) {
		String location = response.headers().getFirst(HttpHeaders.LOCATION);
		if (location != null) {
			response.headers().set(HttpHeaders.LOCATION, publicLocation(location));
		}
		return response;
	}

	/**
	 * A {@code Location} the service answered, as the pages reach it: its own paths are
	 * mapped back under the public prefix.
	 */
	String publicLocation(String location) {
		String local = location;
		String base = this.base.toString();
		if (local.startsWith(base)) {
			local = local.substring(base.length());
		}
		if (local.startsWith(this.servicePrefix + "/")) {
			return this.publicPrefix + local.substring(this.servicePrefix.length());
		}
		return location;
	}

}
