/**
 * The handbook build. Its packages in order, each using only the ones before it (PackageOrderTest checks it):
 * {@code model} (records) ← {@code problem} (mistakes as data) ← {@code content} (reads content/) ←
 * {@code check} (rules over the model) ← {@code render} (pages and PDFs) ← {@code build} (the recipe) ←
 * {@code preview} (live preview) ← {@code cli} (commands).
 */
package org.backspasm.handbook;
