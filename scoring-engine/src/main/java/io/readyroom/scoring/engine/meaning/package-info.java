/**
 * Meaning: sentence embeddings from the all-MiniLM-L6-v2 ONNX model bundled in a Maven
 * artifact and run in-process, behind an interface so lexical logic can be tested without
 * it.
 */
package io.readyroom.scoring.engine.meaning;
