package io.readyroom.identity.account;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity server's settings.
 *
 * @param accounts the demo accounts it signs in, seeded at start
 */
@ConfigurationProperties("readyroom.identity")
@Validated
public record IdentityProperties(@DefaultValue List<@Valid DemoAccount> accounts) {

}
