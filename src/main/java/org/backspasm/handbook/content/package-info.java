/** Reads content/: settings, front matter and Markdown, into the handbook model, reporting mistakes as problems. */
package org.backspasm.handbook.content;
