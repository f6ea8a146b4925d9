package io.readyroom.scoring.engine;

/**
 * A graded example a score leaned on: its position among the question's examples, its
 * answer and grade, and how close in meaning it is to the scored answer (cosine).
 */
public record NearestExample(int index, String answer, int score, double similarity) {

}
