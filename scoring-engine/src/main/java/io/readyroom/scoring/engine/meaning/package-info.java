/**
 * Meaning: sentence embeddings from an ONNX model bundled in a Maven artifact
 * (all-MiniLM-L6-v2 by default) and run in-process, behind an interface so lexical logic
 * can be tested without it.
 */
package io.readyroom.scoring.engine.meaning;
