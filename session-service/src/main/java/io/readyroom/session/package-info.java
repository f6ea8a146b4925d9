/** The session service: question bank and practice sessions. */
package io.readyroom.session;
