/**
 * How far scoring is behind, for learners waiting on feedback and for operators: Kafka
 * holds the answers, so falling behind refuses nothing and is said here instead.
 */
package io.readyroom.scoring.backlog;
