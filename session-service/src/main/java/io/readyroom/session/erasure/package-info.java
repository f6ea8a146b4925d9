/**
 * Erasure of a learner on their program's request: session-service removes what it keeps
 * of them, asks the other services to do the same, and keeps a receipt of who has.
 */
package io.readyroom.session.erasure;
