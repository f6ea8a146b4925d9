/**
 * Weak areas: a learner's competencies ranked by how far they are from what their role
 * requires, each with the key points missed most and the questions to practise next.
 */
package io.readyroom.analytics.weakarea;
