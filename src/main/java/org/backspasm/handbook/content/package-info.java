/** Reads content/ (settings, front matter, Markdown, regions, clinic profiles) into the model; how links and images are read. */
package org.backspasm.handbook.content;
