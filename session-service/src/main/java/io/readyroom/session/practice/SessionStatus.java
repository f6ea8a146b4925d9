package io.readyroom.session.practice;

/** Where a practice session is in its life. */
public enum SessionStatus {

	ACTIVE, COMPLETED

}
