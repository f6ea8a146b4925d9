/**
 * The program's membership data as session-service publishes it: which cohort each
 * learner is in and which cohorts each coach looks after, so a coach's review queue and
 * answers follow the program's cohorts rather than a token issued before a change.
 */
package io.readyroom.scoring.membership;
