/**
 * What the services share to erase a learner without keeping their id.
 */
package io.readyroom.support.erasure;
