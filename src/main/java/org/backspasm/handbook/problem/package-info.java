/** Mistakes found on the way, collected as problems and warnings with file and line; I/O failures in plain words. */
package org.backspasm.handbook.problem;
