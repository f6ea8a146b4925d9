package io.readyroom.analytics.profile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * A learner's activity in one ISO week (UTC), e.g. {@code 2027-W05}: answers and their
 * score sum, or sessions started.
 */
public record WeekTally(String week, int count, long scoreSum) {

	public static String weekOf(Instant instant) {
		ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
		return String.format("%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
