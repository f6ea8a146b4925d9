/**
 * What a program decided about its learners' data, carried out in analytics: an erased
 * learner's answers, reviews, sessions, profile, enrolment, assignments and statements
 * are removed, the access log no longer names them, and their cohort's figures are
 * recomputed without them.
 */
@NullMarked
package io.readyroom.analytics.learnerdata;

import org.jspecify.annotations.NullMarked;
