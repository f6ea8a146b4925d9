/**
 * Assignments: practice a coach or director sets a cohort or one of its learners, due at
 * a time; learners start sessions from it, and completing one completes the assignment
 * for them, late when after its due date. Every change is published on the compacted
 * assignments topic.
 */
package io.readyroom.session.assignment;
