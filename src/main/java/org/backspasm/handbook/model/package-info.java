/** The immutable handbook model: records built from content/ and handed to every writer. */
package org.backspasm.handbook.model;
