package io.readyroom.scoring.engine.validity;

/** A student answer with its human labels in the 2-way and 3-way tasks. */
public record LabelledAnswer(String id, String text, String twoWay, String threeWay) {

}
