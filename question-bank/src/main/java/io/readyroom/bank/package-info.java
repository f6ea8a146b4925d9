/**
 * The question bank as data: questions with rubrics in YAML files checked against a JSON
 * Schema, and the competency model with its role tracks. {@link SharedBank#load()} reads
 * the bank that ships with Readyroom; {@link BankFileReader} reads a program's own
 * questions the same way.
 */
package io.readyroom.bank;
