/**
 * The program's membership data: its cohorts (name, term status, coaches) and each
 * learner's enrolment (cohort, target role), kept at their highest revision from the
 * compacted cohort and enrolment topics; it decides which cohorts a learner or coach sees
 * and where a learner's figures count.
 */
package io.readyroom.analytics.membership;
