package io.readyroom.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every API shares, prefix {@code readyroom.web}.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get a 413 problem
 */
@ConfigurationProperties("readyroom.web")
public record WebLimitsProperties(@DefaultValue("1MB") DataSize maxRequestSize) {

}
