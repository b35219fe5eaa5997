/** Turns the handbook model into output files: the web pages, the stylesheet and the two PDFs. */
package org.backspasm.handbook.render;
