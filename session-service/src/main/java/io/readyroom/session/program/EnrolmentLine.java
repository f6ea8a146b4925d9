package io.readyroom.session.program;

import org.jspecify.annotations.Nullable;

/**
 * One learner of an enrolment file: where they belong and, optionally, their target role.
 */
record EnrolmentLine(int line, String username, String cohortId, @Nullable String targetRole) {

}
