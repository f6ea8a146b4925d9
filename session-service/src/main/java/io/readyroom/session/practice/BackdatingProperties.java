package io.readyroom.session.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether practice may be recorded with a past time, prefix {@code readyroom.practice}.
 * Only the local demo turns it on ({@code ./readyroom --demo}), so that its simulated
 * learners' history spreads over past weeks; a real deployment leaves it off, and then
 * every time is the service's own clock.
 *
 * @param backdatingAllowed whether the start, answer and complete requests may name a
 * past time ({@code startedAt}, {@code answeredAt}, {@code completedAt})
 */
@ConfigurationProperties("readyroom.practice")
record BackdatingProperties(@DefaultValue("false") boolean backdatingAllowed) {

}
