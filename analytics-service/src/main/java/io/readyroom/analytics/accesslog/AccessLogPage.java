package io.readyroom.analytics.accesslog;

import java.util.List;

/**
 * One page of a program's access log, newest first.
 *
 * @param learnerId the learner the page is restricted to; {@code null} for every entry
 * @param total the entries of the program (of the learner, when restricted) on all pages
 */
record AccessLogPage(String programId, String learnerId, int page, int size, long total, List<AccessLogEntry> entries) {

}
