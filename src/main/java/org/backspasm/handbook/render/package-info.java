/** Turns checked handbooks into output files: the web pages, the stylesheet, the PDFs and the zip. */
package org.backspasm.handbook.render;
