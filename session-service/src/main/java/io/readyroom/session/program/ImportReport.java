package io.readyroom.session.program;

import java.util.List;

/**
 * What an enrolment import did, by username: who was enrolled, moved to another cohort,
 * or left as they were, and whose target role was set.
 */
record ImportReport(List<String> enrolled, List<String> moved, List<String> unchanged, List<String> targetRoleSet) {

}
