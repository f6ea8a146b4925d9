/**
 * The services as OAuth2 resource servers: which tokens they accept, who the caller is
 * and what each role may see.
 */
@NullMarked
package io.readyroom.support.security;

import org.jspecify.annotations.NullMarked;
