/** The handbook build: {@link org.backspasm.handbook.Build} is the whole recipe from content/ to site/. */
package org.backspasm.handbook;
