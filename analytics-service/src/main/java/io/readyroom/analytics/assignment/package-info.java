/**
 * Assignments of a cohort: practice a coach or director assigned with a due date, kept at
 * their highest revision, and per assignment how many of its learners completed it on
 * time, late or not yet, from the sessions started from it.
 */
package io.readyroom.analytics.assignment;
