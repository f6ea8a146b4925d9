package io.readyroom.local.demo;

import java.net.URI;

/**
 * Where the running platform answers.
 *
 * @param identity the identity server, e.g. {@code http://localhost:9000}
 * @param session session-service
 * @param scoring scoring-service
 * @param analytics analytics-service
 */
public record DemoTargets(URI identity, URI session, URI scoring, URI analytics) {

}
