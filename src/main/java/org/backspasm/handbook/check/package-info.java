/** Checks over the handbook model: links and anchors, resolved as data, not by crawling the output. */
package org.backspasm.handbook.check;
