package io.readyroom.web.relay;

import java.net.URI;

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

	boolean serves(String path) {
		return path.startsWith(this.publicPrefix + "/");
	}

	/** Where {@code path} (which this route serves) and {@code query} go. */
	URI target(String path, String query) {
		String base = this.base.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		String rest = path.substring(this.publicPrefix.length());
		return URI.create(base + this.servicePrefix + rest + ((query != null) ? "?" + query : ""));
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
