package io.readyroom.scoring.engine.meaning;

final class UnitVectors {

	private UnitVectors() {
	}

	static float[] normalize(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		if (norm == 0) {
			return vector;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] * scale;
		}
		return unit;
	}

}
